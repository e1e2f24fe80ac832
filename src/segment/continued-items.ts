/**
 * An item continued after a page break: "§ 25 (forts.)" as a heading of its own, or "forts. § 45"
 * as a line at the top of the next page. Neither is an item: the § goes on.
 */
import type { SegmentedItem } from './types.js';

/** "(forts.)", "forts.", "fortsättning": a heading that says its item goes on */
const CONTINUED = /^\(?\s*(?:forts\.?|fortsättning|fortsätter)\s*\)?[.:]?$/iu;
/** "§ 25 (forts.)", "forts. § 45", "Forts. av § 12": a line at a page's top that says the item goes on */
const CONTINUED_LINE = /^(?:§\s*\d+\s*\(?\s*(?:forts\.?|fortsättning)\s*\)?|\(?\s*forts(?:\.|ättning)?\s*\)?\s*(?:av\s+|från\s+)?§\s*\d+)[.:]?$/iu;

/**
 * "§ 25 (forts.)" after a page break: the item of that number goes on, no item of its own. Its
 * blocks join the item before, where that item has the same number; such a line inside an item
 * is no text of it.
 */
export function joinContinuedItems(items: SegmentedItem[]): SegmentedItem[] {
  const out: SegmentedItem[] = [];
  for (const found of items) {
    const item = { ...found, blocks: found.blocks.filter((b) => b.kind === 'table-row' || !CONTINUED_LINE.test(b.text.trim())) };
    const previous = out[out.length - 1];
    if (previous && item.number !== null && previous.number === item.number && (CONTINUED.test(item.title.trim()) || item.title === previous.title)) {
      out[out.length - 1] = { ...previous, blocks: [...previous.blocks, ...item.blocks] };
      continue;
    }
    out.push(item);
  }
  return out;
}
