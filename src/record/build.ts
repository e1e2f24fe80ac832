/**
 * Record stage: the resolved minutes become one MinutesRecord, with ids, validated against the
 * contract before anything can write it. It builds and validates; the stages before it run in
 * src/pipeline.ts.
 */
import type { ResolvedMinutes } from '../resolve/index.js';
import { TextSearch } from '../model/text-search.js';
import { SCHEMA_ID, validateRecord, type MinutesRecord, type Source } from './schema.js';

export interface RecordParts {
  source: Source;
  /** the document's text, which every evidence quote must be part of */
  text: string;
  resolved: ResolvedMinutes;
  /** what the reader and the segmenter could not determine, in plain words */
  warnings: string[];
}

export function buildRecord({ source, text, resolved, warnings }: RecordParts): MinutesRecord {
  const id = source.sha256.slice(0, 16);
  const record: MinutesRecord = {
    schema: SCHEMA_ID,
    id,
    source,
    meeting: resolved.meeting,
    participants: resolved.participants,
    items: resolved.items.map((item, i) => ({
      ...item,
      id: `${id}:${i + 1}`,
      ordinal: i + 1,
      decisions: item.decisions.map((d, k) => ({ ...d, id: `${id}:${i + 1}:d${k + 1}` })),
      actions: item.actions.map((a, k) => ({ ...a, id: `${id}:${i + 1}:a${k + 1}` })),
    })),
    warnings: [...warnings, ...resolved.warnings],
  };
  assertQuotesInText(record, text);
  return validateRecord(record);
}

/** Every evidence quote must be found in the document's text; a miss is a bug, so it is loud. */
function assertQuotesInText(record: MinutesRecord, text: string): void {
  const search = new TextSearch(text);
  for (const item of record.items)
    for (const task of [...item.decisions, ...item.actions])
      if (task.evidence.quote && !search.includes(task.evidence.quote))
        throw new Error(`internal error: evidence quote not found in the document text: "${task.evidence.quote.slice(0, 80)}"`);
}
