import { LINE_LABEL } from '../../lexicon/index.js';

/**
 * What may follow a typed marker of a point ("→ ", "## ") as its title: capitalised, short, no
 * sentence's or label's ending, no "Ansvarig:" label line. Anything else after the marker is a
 * note or a task inside a point.
 */
export function isTypedTitle(title: string): boolean {
  return /^[\p{Lu}\d]/u.test(title) && title.length <= 80 && title.split(/\s+/u).length <= 10 && !/[.!?:;,]$/u.test(title) && !LINE_LABEL.test(title);
}
