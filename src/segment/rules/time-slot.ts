import type { Rule } from '../../model/rule.js';
import { isTypedTitle } from './typed-title.js';

/**
 * "08.45 Sommarbemanning", "kl. 13.30–14.00 Budget": an agenda that gives each point its time slot
 * opens each point's line with the clock time, the title after it. The time is no number of the
 * point. (A timeline inside a point, "02.14 Larm via SOS Alarm", has one line an event and no text
 * under each: the segment stage takes time slots as points only where text stands under them.)
 */
const SLOT = /^(?:kl\.?\s*)?((?:[01]?\d|2[0-3])[.:][0-5]\d)(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d)?\s+(?=\p{Lu})/u;

export const timeSlot: Rule<void, { time: string; title: string }, string[]> = {
  name: 'point opened by its time slot (08.45 Sommarbemanning)',
  about: 'a clock time, or a span of two, then a short title on a line of its own: the agenda\'s time for the point, and the point\'s title',
  find(line) {
    const m = SLOT.exec(line.trim());
    if (!m) return [];
    const title = line.trim().slice(m[0].length).trim();
    return isTypedTitle(title) ? [{ time: m[1]!.replace(':', '.'), title }] : [];
  },
  examples: [
    { text: '08.45 Sommarbemanning', expected: ['Sommarbemanning'] },
    { text: '10.05 Rekrytering EC Söder', expected: ['Rekrytering EC Söder'] },
    { text: 'kl. 13.30–14.00 Budget 2027', expected: ['Budget 2027'] },
    { text: '14.30 Paus för fika och sedan fortsatte vi med genomgången av alla ärenden i listan.', expected: [] },
    { text: '3.5 Ekonomi', expected: [] },
  ],
};
