import { ITEM_TYPE_CODES } from '../../lexicon/index.js';
import type { Rule } from '../../model/rule.js';

export type ItemType = 'information' | 'diskussion' | 'beslut';

/** "I/D/B", "I, B", "D+B" at the end of a heading, bare or in brackets ("[I]", "(B)") */
const CODES = /(?:^|[\s,–-])[[(]?((?:[IDB])(?:\s*[/+,&]\s*[IDB])*)[\])]?\.?\s*$/u;

export const typeCodes: Rule<void, { itemTypes: ItemType[]; rest: string }, [ItemType[], string][]> = {
  name: 'item type codes (I/D/B)',
  about: 'a heading may end with what the item is for: I information, D diskussion, B beslut',
  find(title) {
    const c = CODES.exec(title);
    if (!c || title.length <= c[1]!.length + 2) return [];
    const itemTypes: ItemType[] = [];
    for (const code of c[1]!.split(/[^IDB]+/)) {
      const t = ITEM_TYPE_CODES[code];
      if (t && !itemTypes.includes(t)) itemTypes.push(t);
    }
    return [{ itemTypes, rest: title.slice(0, c.index).trim() }];
  },
  examples: [
    { text: 'Signs of safety (KH+VC) I/D/B', expected: [[['information', 'diskussion', 'beslut'], 'Signs of safety (KH+VC)']] },
    { text: 'Budget 2025 – B', expected: [[['beslut'], 'Budget 2025 –']] },
    { text: 'Läget i verksamheterna [I]', expected: [[['information'], 'Läget i verksamheterna']] },
    { text: 'SIP – samordnad individuell plan (B)', expected: [[['beslut'], 'SIP – samordnad individuell plan']] },
    { text: 'Val av ordförande', expected: [] },
  ],
};
