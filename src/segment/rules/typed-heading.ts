import type { Rule } from '../../model/rule.js';
import { isTypedTitle } from './typed-title.js';

/**
 * "## Drift": notes typed in a plain editor mark their headings with hashes, as Markdown does, and
 * are pasted into Word or printed as they are. The hashes count the level: "# Veckomöte v.19" is
 * the document's title, "## Drift" a point, "### Lagring" a part of one.
 */
const HASHES = /^(#{1,4})\s+/u;

export const typedHeading: Rule<void, { level: number; title: string }, string[]> = {
  name: 'heading typed with hashes (## Title)',
  about: 'a short title after one to four hashes on a line of its own is a heading of notes written in a plain editor; the number of hashes is its level. A hash before a number ("#4") is the number sign, and a sentence after hashes is no title',
  find(line) {
    const m = HASHES.exec(line.trim());
    if (!m) return [];
    const title = line.trim().slice(m[0].length).trim();
    return isTypedTitle(title) ? [{ level: m[1]!.length, title }] : [];
  },
  examples: [
    { text: '## Drift', expected: ['Drift'] },
    { text: ' ## Projekt ny telefoni', expected: ['Projekt ny telefoni'] },
    { text: '# Veckomöte IT-avdelningen v.19', expected: ['Veckomöte IT-avdelningen v.19'] },
    { text: '### 2.1 Lagring', expected: ['2.1 Lagring'] },
    { text: '#4 Ekonomi', expected: [] },
    { text: '## Vi gick igenom listan och stängde tre ärenden.', expected: [] },
    { text: '## Ansvarig: Anna', expected: [] },
    { text: '##### Drift', expected: [] },
  ],
};
