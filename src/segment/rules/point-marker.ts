import { LINE_LABEL } from '../../lexicon/index.js';
import type { Rule } from '../../model/rule.js';

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
    // a title: capitalised, short, no sentence or label ending, no "Ansvarig:" label line
    if (!/^[\p{Lu}\d]/u.test(title) || title.length > 80 || title.split(/\s+/u).length > 10 || /[.!?:;,]$/u.test(title) || LINE_LABEL.test(title)) return [];
    return [{ title }];
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
