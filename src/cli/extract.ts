import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { ThreadExtractor, inlineExtractorWith, threadsAvailable, type Extractor } from '../../pipelines/extractors.js';
import { describeFailure } from '../errors.js';
import { addLimitOptions, settingsFromOptions, type LimitOptions } from '../limits/options.js';
import { recordJson, writeFileAtomically } from '../util/atomic-write.js';
import { formatFromName } from '../read/format.js';
import { extensionList, type SourceFormat } from '../read/registry.js';
import { listInputFiles } from '../util/files.js';
import { readRegularFile } from '../util/regular-file.js';
import { shown } from '../util/shown.js';
import type { MinutesRecord } from '../record/schema.js';

interface ExtractOptions extends LimitOptions { out?: string }

export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .description(`read minutes (${extensionList()}) and print or write one JSON record per file`)
    .argument('<inputs...>', 'files or folders (folders are read recursively)')
    .option('-o, --out <dir>', 'write <dir>/<file name without extension>.json for each input instead of printing');
  addLimitOptions(command).action(async (inputs: string[], opts: ExtractOptions) => {
    process.exitCode = await runExtract(inputs, opts);
  });
}

/** Returns the exit code: 0 when every file gave a record, 1 when any failed. */
export async function runExtract(inputs: string[], opts: ExtractOptions): Promise<number> {
  const { files, missing, skipped } = await listInputFiles(inputs);
  // a pipe, a device or a link among the inputs is reported, never opened (opening a pipe blocks)
  let failed = missing.length + skipped.length;
  for (const m of missing) process.stderr.write(`${shown(m)}: no such file or folder\n`);
  for (const k of skipped) process.stderr.write(`${shown(k.path)}: not read: ${shown(k.detail)}\n`);
  if (opts.out) await fs.mkdir(opts.out, { recursive: true });
  const several = files.length > 1;
  const outputName = outputNamer(files);
  const settings = settingsFromOptions(opts);
  // several files are read on as many threads as there are cores (at most one per file, and one
  // for a small batch: threadsFor); a thread stops a document over the time or memory limit.
  // From the TypeScript sources (tests) there is no compiled thread file, and extraction runs
  // inline, one file at a time.
  const threads = threadsAvailable() ? await threadsFor(files) : 1;
  // the threads load the readers of these files' formats only (mammoth is not loaded for PDFs)
  const formats = [...new Set(files.map(formatFromName).filter((f): f is SourceFormat => f !== null))];
  const extractor: Extractor = threadsAvailable() ? new ThreadExtractor(threads, settings, formats) : inlineExtractorWith(settings);
  const extractFile = async (file: string) => {
    // opened without following a link or waiting on a pipe swapped in since the listing; a file
    // over the size limit is refused on its size, never read into memory
    const { bytes } = await readRegularFile(file, settings.limits.maxFileBytes);
    return extractor.extract(file, bytes);
  };
  // up to `threads` files in hand at once; results are written and reported in the files' order
  const outcomes: Promise<{ record: MinutesRecord } | { error: unknown }>[] = [];
  const start = (i: number) => (outcomes[i] = extractFile(files[i]!).then((record) => ({ record }), (error: unknown) => ({ error })));
  try {
    for (let i = 0; i < Math.min(threads, files.length); i++) start(i);
    for (const [i, file] of files.entries()) {
      const outcome = await outcomes[i]!;
      if (i + threads < files.length) start(i + threads);
      try {
        if ('error' in outcome) throw outcome.error;
        if (opts.out) {
          await writeFileAtomically(path.join(opts.out, outputName(file)), recordJson(outcome.record));
        } else {
          process.stdout.write(several ? `${JSON.stringify(outcome.record)}\n` : recordJson(outcome.record));
        }
      } catch (error) {
        failed++;
        process.stderr.write(`${describeFailure(shown(file), error)}\n`);
      }
    }
  } finally {
    await extractor.close();
  }
  if (files.length === 0 && missing.length === 0) process.stderr.write(`no ${extensionList()} files found\n`);
  if (failed) process.stderr.write(`${failed} of ${files.length + missing.length + skipped.length} file(s) failed\n`);
  return failed ? 1 : 0;
}

/**
 * Starting an extraction thread costs about 0.7 s of CPU (Node, pdf.js, the pipeline, and the
 * rules' patterns compiled on first use): a further thread repays it only when there is work
 * enough for both, about this much input for each (some 30 pages of PDF, or 40 Word documents).
 */
export const BYTES_PER_THREAD = 512 * 1024;

/** Threads for these files: one per BYTES_PER_THREAD of input, at most one per file and per core. */
export async function threadsFor(files: string[], cores = os.availableParallelism()): Promise<number> {
  // the sizes are only an estimate of the work: a file that cannot be looked at counts as empty
  const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => 0)));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  return Math.max(1, Math.min(files.length, cores, Math.ceil(bytes / BYTES_PER_THREAD)));
}

/**
 * `<stem>.json`, or `<stem>.<ext>.json` for stems that occur more than once in the run (the same
 * minutes as .pdf and .docx), so that no record overwrites another. Only the base name is used,
 * so whatever the input is called, the output stays directly inside --out.
 */
function outputNamer(files: string[]): (file: string) => string {
  const stem = (f: string) => path.basename(f, path.extname(f));
  const counts = new Map<string, number>();
  for (const f of files) counts.set(stem(f), (counts.get(stem(f)) ?? 0) + 1);
  return (f) => ((counts.get(stem(f)) ?? 0) > 1 ? `${stem(f)}${path.extname(f).toLowerCase()}.json` : `${stem(f)}.json`);
}
