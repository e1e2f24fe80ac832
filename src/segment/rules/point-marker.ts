import type { Rule } from '../../model/rule.js';
import { isTypedTitle } from './typed-title.js';

/**
 * An arrow typed before a point's title, as minutes sent in an e-mail mark their points
 * ("→ Ny planering i hemtjänsten", "-> Övrigt"). Bullets ("•", "►") are list items of the reader;
 * an arrow is typed text, and the title after it is the point's.
 */
const ARROW = /^(?:[→⇒➔➜➝➞⟶]|->|=>)\s*/u;

export const pointMarker: Rule<void, { title: string }, string[]> = {
  name: 'point after an arrow (→ Title)',
  about: 'a short title after an arrow on a line of its own opens a point of minutes written as an e-mail; an arrow before a sentence or a label line ("→ Ansvarig: Karin") marks a note or a task inside a point',
  find(line) {
    const m = ARROW.exec(line.trim());
    if (!m) return [];
    const title = line.trim().slice(m[0].length).trim();
    return isTypedTitle(title) ? [{ title }] : [];
  },
  examples: [
    { text: '→ Ny planering i hemtjänsten', expected: ['Ny planering i hemtjänsten'] },
    { text: '→ Remiss: Äldreplan 2026–2030', expected: ['Remiss: Äldreplan 2026–2030'] },
    { text: '-> Övrigt', expected: ['Övrigt'] },
    { text: '→ Karin skickar ut förslaget till alla senast fredag.', expected: [] },
    { text: '→ Ansvarig: Karin', expected: [] },
    { text: '→ se bilaga', expected: [] },
    { text: 'Ny planering i hemtjänsten', expected: [] },
  ],
};
