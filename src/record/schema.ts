/**
 * The minutes record (CONTRACT.md), defined once. Search, follow-up lists, exports and every store
 * are built from records, so this is the product's public interface: fields may be added, never
 * renamed or dropped, and `schema` changes only with a migration note in the README.
 * `schema/minutes.schema.json` is generated from this file (`npm run schema`); a test fails when
 * the two differ.
 */
import { z } from 'zod';
import { SOURCE_FORMATS } from '../read/registry.js';
import { EDTF_PATTERN } from './edtf.js';

export const SCHEMA_ID = 'protokoll/minutes@1';

const nullableString = z.string().nullable();
/** EDTF as the contract uses it (edtf.ts, kept apart so that checking a date does not load zod). */
export { EDTF_PATTERN };

export const PersonSchema = z.object({
  name: nullableString,
  initials: nullableString,
  role: nullableString,
  attendance: z.enum(['present', 'absent', 'guest']).nullable(),
});

export const OwnerSchema = z.object({
  text: z.string().min(1).describe('as written: "HR-chef", "AA", "Titti och Susanne"'),
  name: nullableString.describe('resolved full name, from the participant list when it can be'),
  initials: nullableString,
  role: nullableString,
});

export const DeadlineSchema = z.object({
  text: z.string().min(1).describe('as written: "senast den 7 februari", "till hösten"'),
  value: z.string().regex(EDTF_PATTERN).nullable().describe('EDTF: 2025-02-07, 2025-03, 2024-23 (autumn), 2025'),
  relative: z.enum(['next-meeting']).nullable(),
  kind: z.enum(['due', 'report-back', 'decision', 'evaluation']).nullable(),
});

export const EvidenceSchema = z.object({
  page: z.number().int().positive().nullable(),
  quote: z.string().describe('the exact source text the value came from'),
});

export const ActionSchema = z.object({
  id: z.string(),
  text: z.string(),
  owners: z.array(OwnerSchema),
  deadlines: z.array(DeadlineSchema),
  evidence: EvidenceSchema,
});

export const DecisionSchema = ActionSchema.extend({
  decidedBy: nullableString.describe('"Socialdirektören", "FLG"'),
});

export const AgendaItemSchema = z.object({
  id: z.string(),
  ordinal: z.number().int().positive(),
  number: nullableString.describe('as printed: "3", "4.", "§ 95"'),
  title: z.string(),
  presenters: z.array(z.string()),
  itemTypes: z.array(z.enum(['information', 'diskussion', 'beslut'])),
  text: z.string(),
  page: z.number().int().positive().nullable(),
  decisions: z.array(DecisionSchema),
  actions: z.array(ActionSchema),
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable();

export const MeetingSchema = z.object({
  title: nullableString,
  body: nullableString,
  organisation: nullableString,
  documentType: z.enum(['protokoll', 'minnesanteckningar']).nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  referenceYear: z.number().int().nullable(),
  startTime: time,
  endTime: time,
  location: nullableString,
  secretary: PersonSchema.nullable(),
});

export const SourceSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(SOURCE_FORMATS),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
});

export const MinutesRecordSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  source: SourceSchema,
  meeting: MeetingSchema,
  participants: z.array(PersonSchema),
  items: z.array(AgendaItemSchema),
  warnings: z.array(z.string()),
});

export type Person = z.infer<typeof PersonSchema>;
export type Owner = z.infer<typeof OwnerSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type MinutesRecord = z.infer<typeof MinutesRecordSchema>;

/** The JSON Schema generated from the zod schema; what schema/minutes.schema.json holds. */
export function minutesJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://protokoll.local/schema/minutes.schema.json',
    title: 'MinutesRecord',
    ...(z.toJSONSchema(MinutesRecordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  };
}

/** Validates a record; throws an error listing every problem in plain words. */
export function validateRecord(record: unknown): MinutesRecord {
  const parsed = MinutesRecordSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`);
  throw new Error(`the record does not match the contract: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
}
