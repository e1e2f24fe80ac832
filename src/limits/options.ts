/**
 * The limits on the command line: the options `extract`, `import`, `watch` and `worker` share,
 * applied over the environment's settings (an option given beats the environment).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { LIMIT_SETTINGS, settingsFromEnv, type Limits, type Settings } from './settings.js';

export interface LimitOptions {
  maxFileSize?: number;
  maxPages?: number;
  timeout?: number;
  maxMemory?: number;
  ocr?: boolean;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

export function addLimitOptions(command: Command): Command {
  return command
    .option(`${LIMIT_SETTINGS.maxFileBytes.option} <MiB>`, `largest file read (default: $${LIMIT_SETTINGS.maxFileBytes.env} or 100)`, positive)
    .option(`${LIMIT_SETTINGS.maxPages.option} <n>`, `most pages a PDF may have (default: $${LIMIT_SETTINGS.maxPages.env} or 500)`, positive)
    .option(`${LIMIT_SETTINGS.timeoutMs.option} <seconds>`, `time one document may take before it is stopped (default: $${LIMIT_SETTINGS.timeoutMs.env} or 60; each page read by OCR adds $PROTOKOLL_OCR_SECONDS_PER_PAGE or 30)`, positive)
    .option(`${LIMIT_SETTINGS.memoryMb.option} <MiB>`, `memory one document may use while it is read (default: $${LIMIT_SETTINGS.memoryMb.env} or 1024)`, positive)
    .option('--no-ocr', 'never read scanned pages by OCR (default: $PROTOKOLL_OCR or auto: where tesseract is installed)');
}

/** The environment's settings with the options given on the command line applied. */
export function settingsFromOptions(opts: LimitOptions, env: NodeJS.ProcessEnv = process.env): Settings {
  const settings = settingsFromEnv(env);
  const limits: Limits = { ...settings.limits };
  if (opts.maxFileSize !== undefined) limits.maxFileBytes = Math.round(opts.maxFileSize * LIMIT_SETTINGS.maxFileBytes.scale);
  if (opts.maxPages !== undefined) limits.maxPages = Math.floor(opts.maxPages);
  if (opts.timeout !== undefined) limits.timeoutMs = Math.round(opts.timeout * LIMIT_SETTINGS.timeoutMs.scale);
  if (opts.maxMemory !== undefined) limits.memoryMb = Math.round(opts.maxMemory);
  return { limits, ocr: opts.ocr === false ? { ...settings.ocr, mode: 'off' } : settings.ocr };
}
