/**
 * The limits one document is read under, as settings: every value has a default that suits an
 * archive of ordinary minutes, can be changed in the environment (so a container or a systemd
 * unit sets it once for every command) and, where a command has options, on its command line.
 * A document over a limit fails on its own with a `DocumentError` that names the limit and how to
 * raise it (limits/breach.ts); the run goes on with the next file.
 *
 * With Redis, extraction runs in `protokoll worker`, so the workers' settings are the ones that
 * count for queued documents.
 */

export interface Limits {
  /** largest file read at all, in bytes (checked on its size before it is read into memory) */
  maxFileBytes: number;
  /** most pages a PDF may have */
  maxPages: number;
  /** most a Word document's parts may unpack to, in bytes (a zip bomb stops here) */
  maxDocxUncompressedBytes: number;
  /** most one compressed stream of a PDF may inflate to, in bytes (a deflate bomb stops here) */
  maxInflatedBytes: number;
  /** how long reading and extracting one document may take, in ms, before it is stopped */
  timeoutMs: number;
  /** heap of the thread that reads one document, in MiB; over it the document is stopped */
  memoryMb: number;
}

export interface OcrSettings {
  /** 'auto': scanned pages are read by OCR where tesseract is installed; 'off': never */
  mode: 'auto' | 'off';
  /** tesseract language(s), e.g. "swe" or "swe+eng" */
  language: string;
  /** resolution pages are rendered at for OCR */
  dpi: number;
  /** extra time a document gets for each page read by OCR, in ms (OCR takes seconds a page) */
  msPerPage: number;
}

export interface Settings {
  limits: Limits;
  ocr: OcrSettings;
}

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 100 * MIB,
  maxPages: 500,
  maxDocxUncompressedBytes: 200 * MIB,
  // a 600 dpi colour A4 scan inflates to about 100 MiB; page text and fonts to a few MiB
  maxInflatedBytes: 256 * MIB,
  timeoutMs: 60_000,
  memoryMb: 1024,
});

export const DEFAULT_OCR: Readonly<OcrSettings> = Object.freeze({
  mode: 'auto',
  language: 'swe',
  dpi: 300,
  msPerPage: 30_000,
});

/**
 * Each setting's environment variable and command-line option, in the unit a person gives it in.
 * The breach messages name them, so a user who hits a limit is told how to raise it.
 */
export const LIMIT_SETTINGS = {
  maxFileBytes: { env: 'PROTOKOLL_MAX_FILE_MB', option: '--max-file-size', unit: 'MiB', scale: MIB },
  maxPages: { env: 'PROTOKOLL_MAX_PAGES', option: '--max-pages', unit: 'pages', scale: 1 },
  maxDocxUncompressedBytes: { env: 'PROTOKOLL_MAX_DOCX_MB', option: undefined, unit: 'MiB', scale: MIB },
  maxInflatedBytes: { env: 'PROTOKOLL_MAX_INFLATED_MB', option: undefined, unit: 'MiB', scale: MIB },
  timeoutMs: { env: 'PROTOKOLL_TIMEOUT_SECONDS', option: '--timeout', unit: 'seconds', scale: 1000 },
  memoryMb: { env: 'PROTOKOLL_MAX_MEMORY_MB', option: '--max-memory', unit: 'MiB', scale: 1 },
} as const satisfies Record<keyof Limits, { env: string; option: string | undefined; unit: string; scale: number }>;

export const OCR_SETTINGS = {
  mode: 'PROTOKOLL_OCR',
  language: 'PROTOKOLL_OCR_LANGUAGE',
  dpi: 'PROTOKOLL_OCR_DPI',
  msPerPage: 'PROTOKOLL_OCR_SECONDS_PER_PAGE',
} as const;

/** A limit's value in the unit people give it in ("100" MiB for 104857600 bytes). */
export function inUserUnits(key: keyof Limits, value: number): number {
  return value / LIMIT_SETTINGS[key].scale;
}

/** A positive number in a setting; a wrong value is an error naming the setting, never ignored. */
export function parsePositive(value: string, name: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
  return n;
}

/** The limits with every value the environment sets (PROTOKOLL_MAX_FILE_MB ...) applied. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env, base: Limits = DEFAULT_LIMITS): Limits {
  const limits: Limits = { ...base };
  for (const key of Object.keys(LIMIT_SETTINGS) as (keyof Limits)[]) {
    const { env: name, scale } = LIMIT_SETTINGS[key];
    const raw = env[name];
    if (raw !== undefined && raw.trim() !== '') limits[key] = Math.round(parsePositive(raw, name) * scale);
  }
  return limits;
}

export function ocrFromEnv(env: NodeJS.ProcessEnv = process.env, base: OcrSettings = DEFAULT_OCR): OcrSettings {
  const ocr: OcrSettings = { ...base };
  const mode = env[OCR_SETTINGS.mode]?.trim().toLowerCase();
  if (mode) {
    if (['off', 'no', 'false', '0'].includes(mode)) ocr.mode = 'off';
    else if (['auto', 'on', 'yes', 'true', '1'].includes(mode)) ocr.mode = 'auto';
    else throw new Error(`${OCR_SETTINGS.mode} must be "auto" or "off", not "${env[OCR_SETTINGS.mode]}"`);
  }
  const language = env[OCR_SETTINGS.language]?.trim();
  if (language) {
    // it becomes one argument of tesseract: language codes joined with '+', nothing else
    if (!/^[A-Za-z_]+(\+[A-Za-z_]+)*$/.test(language)) throw new Error(`${OCR_SETTINGS.language} must be tesseract language codes like "swe" or "swe+eng", not "${language}"`);
    ocr.language = language;
  }
  const dpi = env[OCR_SETTINGS.dpi];
  if (dpi?.trim()) ocr.dpi = Math.round(parsePositive(dpi, OCR_SETTINGS.dpi));
  const perPage = env[OCR_SETTINGS.msPerPage];
  if (perPage?.trim()) ocr.msPerPage = Math.round(parsePositive(perPage, OCR_SETTINGS.msPerPage) * 1000);
  return ocr;
}

/** Everything from the environment; command-line options are applied on top by limits/options.ts. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  return { limits: limitsFromEnv(env), ocr: ocrFromEnv(env) };
}
