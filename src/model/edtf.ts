/**
 * The EDTF values a deadline takes: a day (2025-02-07), a month (2025-03), a season (2024-23:
 * autumn, codes 21-24), a quarter (2025-33: codes 33-36) or a year (2025). Kept apart from the
 * record schema so that code checking a value (a correction typed by a person) loads no zod.
 */
export const EDTF_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]|2[1-4]|3[3-6])|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/;
