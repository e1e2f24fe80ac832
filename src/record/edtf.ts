/**
 * EDTF as the record contract uses it: year, year-month (01-12, or 21-24 seasons, 33-36
 * quarters), day. Apart from schema.ts so that code checking a date (follow-up corrections) does
 * not load the schema's library (zod) with it.
 */
export const EDTF_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]|2[1-4]|3[3-6])|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/;
