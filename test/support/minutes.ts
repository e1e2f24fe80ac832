/**
 * Runs the whole pipeline on minutes written in a test, the way a secretary would type them in
 * plain text, so a test reads like the minutes it covers.
 */
import { extractRecord } from '../../src/pipeline.js';
import type { AgendaItem, MinutesRecord } from '../../src/record/schema.js';

export async function recordOf(text: string, fileName = 'test.txt'): Promise<MinutesRecord> {
  return extractRecord({ path: fileName, bytes: new TextEncoder().encode(text) });
}

/** The first item of minutes with a date line, this item, and a closing "2. Övrigt". */
export async function itemOf(body: string, date = '2025-01-14', title = '1. Ärende'): Promise<AgendaItem> {
  const record = await recordOf(`Minnesanteckningar\nDatum: ${date}\n\n${title}\n${body}\n\n2. Övrigt\nInga övriga frågor.\n`);
  if (record.items.length !== 2) throw new Error(`expected two items, got ${record.items.length}: ${record.items.map((i) => i.title).join(', ')}`);
  return record.items[0]!;
}

export const decisionTexts = (item: AgendaItem) => item.decisions.map((d) => d.text);
export const ownerTexts = (item: AgendaItem) => [...item.decisions, ...item.actions].flatMap((t) => t.owners.map((o) => o.text));
export const deadlineValues = (item: AgendaItem) =>
  [...item.decisions, ...item.actions].flatMap((t) => t.deadlines.map((d) => d.value ?? d.relative));
