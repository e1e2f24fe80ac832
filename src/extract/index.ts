import type { SegmentedMinutes } from '../segment/types.js';
import type { ExtractedMinutes } from './types.js';

export function extractItems(minutes: SegmentedMinutes): ExtractedMinutes {
  return { ...minutes, items: minutes.items.map((item) => ({ ...item, text: '', decisions: [], actions: [] })) };
}
