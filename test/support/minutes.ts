/**
 * Runs the whole pipeline on minutes written in a test, the way a secretary would type them in
 * plain text, so a test reads like the minutes it covers.
 */
import { extractRecord } from '../../src/pipeline.js';
import type { AgendaItem, MinutesRecord } from '../../src/record/schema.js';

export async function recordOf(text: string, fileName = 'test.txt'): Promise<MinutesRecord> {
  return extractRecord({ path: fileName, bytes: new TextEncoder().encode(text) });
}

/** The one item of minutes with a date line and a single agenda item. */
export async function itemOf(body: string, date = '2025-01-14', title = '1. Ärende'): Promise<AgendaItem> {
  const record = await recordOf(`Minnesanteckningar\nDatum: ${date}\n\n${title}\n${body}\n`);
  if (record.items.length !== 1) throw new Error(`expected one item, got ${record.items.length}: ${record.items.map((i) => i.title).join(', ')}`);
  return record.items[0]!;
}

export const decisionTexts = (item: AgendaItem) => item.decisions.map((d) => d.text);
export const ownerTexts = (item: AgendaItem) => [...item.decisions, ...item.actions].flatMap((t) => t.owners.map((o) => o.text));
export const deadlineValues = (item: AgendaItem) =>
  [...item.decisions, ...item.actions].flatMap((t) => t.deadlines.map((d) => d.value ?? d.relative));
