/**
 * The minutes files named by the user: files as given, folders walked recursively for the formats
 * protokoll reads, in a stable order; and, for every entry that is not read, why (nothing is
 * skipped in silence). A folder is walked without following symbolic links, so nothing outside it
 * is ever listed; pipes, sockets and devices are never opened. Names that are not UTF-8 are kept
 * byte for byte (util/raw-path.ts). A folder that cannot be read is reported and the walk goes on.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { fileTooLarge } from '../limits/breach.js';
import { formatFromName } from '../read/format.js';
import { extensionList } from '../read/registry.js';
import { fsPath, nameFromBytes } from './raw-path.js';
import { kindOf } from './regular-file.js';

/** Why an entry was not read; the summary groups by it. */
export type SkipReason = 'unsupported' | 'symlink' | 'not-a-file' | 'unreadable' | 'too-large';

export interface Skipped {
  path: string;
  reason: SkipReason;
  /** one plain sentence: what it is, and what to do about it where something can be done */
  detail: string;
}

export interface Listing {
  files: string[];
  /** inputs named on the command line that do not exist */
  missing: string[];
  skipped: Skipped[];
}

export interface ListOptions {
  /** files larger than this are listed as skipped (too large) instead of read */
  maxFileBytes?: number;
}

/** What to do with a file of a type protokoll does not read, by its extension. */
const ADVICE: Array<[RegExp, string]> = [
  [/^\.(jpe?g|png|tiff?|gif|bmp|heic|webp)$/, 'a picture: scan or save the minutes as PDF (scanned PDFs are read by OCR)'],
  [/^\.(zip|7z|rar|gz|tar|tgz)$/, 'an archive: unpack it into the folder'],
  [/^\.(msg|eml)$/, 'an e-mail: save its attachment into the folder'],
  [/^\.(xlsx?|xlsm|ods|csv)$/, 'a spreadsheet: minutes are read from documents; save them as PDF or DOCX'],
  [/^\.(pptx?|odp|key)$/, 'a presentation: save it as PDF if it holds minutes'],
  [/^\.(html?|pages|wpd|wps|xps)$/, 'open it and save it as PDF or DOCX'],
];

export function unsupportedAdvice(name: string): string {
  const ext = path.extname(name).toLowerCase();
  const advice = ADVICE.find(([pattern]) => pattern.test(ext))?.[1] ?? 'save it as PDF or DOCX if it holds minutes';
  return `${ext ? `${ext} files are` : 'a file without an extension is'} not read (protokoll reads ${extensionList()}); ${advice}`;
}

function plainError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  if (code === 'ENOENT') return 'it disappeared while the folder was read';
  return error instanceof Error ? error.message : String(error);
}

export async function listInputFiles(inputs: string[], opts: ListOptions = {}): Promise<Listing> {
  const listing: Listing = { files: [], missing: [], skipped: [] };
  for (const input of inputs) {
    // a path named on the command line is followed (the user chose it); its contents are not
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) listing.missing.push(input);
    else if (stat.isDirectory()) await walk(input, listing, opts);
    else if (!stat.isFile()) listing.skipped.push({ path: input, reason: 'not-a-file', detail: `it is ${kindOf(stat)}, not a regular file` });
    else if (opts.maxFileBytes !== undefined && stat.size > opts.maxFileBytes) listing.skipped.push(tooLarge(input, stat.size, opts.maxFileBytes));
    else listing.files.push(input);
  }
  return listing;
}

function tooLarge(file: string, size: number, max: number): Skipped {
  return { path: file, reason: 'too-large', detail: fileTooLarge(size, { maxFileBytes: max }).message };
}

async function walk(dir: string, listing: Listing, opts: ListOptions): Promise<void> {
  let entries: Dirent<Buffer>[];
  try {
    entries = await fs.readdir(fsPath(dir), { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    listing.skipped.push({ path: dir, reason: 'unreadable', detail: `the folder could not be read: ${plainError(error)}` });
    return;
  }
  const named = entries.map((e) => ({ entry: e, name: nameFromBytes(e.name) }));
  named.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  for (const { entry, name } of named) {
    // hidden files and Office's lock files ("~$x.docx", a document open in Word) are not minutes
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const full = path.join(dir, name);
    if (entry.isSymbolicLink()) {
      listing.skipped.push({ path: full, reason: 'symlink', detail: 'a symbolic link; protokoll reads only what is inside the folder itself, never what a link points to' });
    } else if (entry.isDirectory()) {
      await walk(full, listing, opts);
    } else if (entry.isFile()) {
      if (!formatFromName(name)) {
        listing.skipped.push({ path: full, reason: 'unsupported', detail: unsupportedAdvice(name) });
        continue;
      }
      if (opts.maxFileBytes !== undefined) {
        const stat = await fs.lstat(fsPath(full)).catch((error: unknown) => error as Error);
        if (stat instanceof Error) {
          listing.skipped.push({ path: full, reason: 'unreadable', detail: plainError(stat) });
          continue;
        }
        if (stat.size > opts.maxFileBytes) {
          listing.skipped.push(tooLarge(full, stat.size, opts.maxFileBytes));
          continue;
        }
      }
      listing.files.push(full);
    } else {
      listing.skipped.push({ path: full, reason: 'not-a-file', detail: `${describeDirent(entry)}, not a regular file; never opened` });
    }
  }
}

function describeDirent(entry: Dirent<Buffer>): string {
  return kindOf(entry) ?? 'an entry of unknown kind';
}
