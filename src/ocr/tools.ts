/**
 * Whether OCR can run here: tesseract with the language's trained data, and pdftoppm (poppler)
 * to render pages. Asked once per process and language; the answer names what is missing, so the
 * record's warning can say how to enable OCR.
 */
import { runTool, ToolFailure } from './run.js';

export interface OcrCommands {
  tesseract: string;
  pdftoppm: string;
}

export const DEFAULT_COMMANDS: Readonly<OcrCommands> = Object.freeze({ tesseract: 'tesseract', pdftoppm: 'pdftoppm' });

export type OcrAvailability = { available: true } | { available: false; missing: string };

/** The Debian packages that make OCR work, as the warnings and the docs give them. */
export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-swe poppler-utils';

const checked = new Map<string, Promise<OcrAvailability>>();

export function ocrAvailability(language: string, commands: OcrCommands = DEFAULT_COMMANDS): Promise<OcrAvailability> {
  const key = `${commands.tesseract}\0${commands.pdftoppm}\0${language}`;
  let answer = checked.get(key);
  if (!answer) {
    answer = check(language, commands);
    checked.set(key, answer);
  }
  return answer;
}

async function check(language: string, commands: OcrCommands): Promise<OcrAvailability> {
  let languages: string[];
  try {
    const { stdout, stderr } = await runTool(commands.tesseract, ['--list-langs'], 10_000);
    // tesseract 4 printed the list on stderr, 5 on stdout
    languages = `${stdout.toString('utf8')}\n${stderr}`.split('\n').map((l) => l.trim());
  } catch (error) {
    return { available: false, missing: error instanceof ToolFailure && error.kind === 'missing' ? 'tesseract is not installed' : 'tesseract does not run' };
  }
  const lacking = language.split('+').filter((code) => !languages.includes(code));
  if (lacking.length) return { available: false, missing: `tesseract has no ${lacking.join(', ')} language data` };
  try {
    await runTool(commands.pdftoppm, ['-v'], 10_000);
  } catch {
    return { available: false, missing: 'pdftoppm (poppler-utils) is not installed' };
  }
  return { available: true };
}
