/**
 * The LibreOffice converter: `soffice --headless --convert-to docx`, run through execFile (an
 * argument array, never a shell) with a time limit, a profile directory of its own (so it neither
 * touches a user's LibreOffice settings nor waits for another running instance's lock) and the
 * input and output in a private temporary folder that is removed afterwards, whatever happens.
 * The input is always written under a fixed name, so nothing the file was called reaches the
 * command line.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentError } from '../errors.js';
import type { DocumentConverter } from '../read/options.js';

export interface LibreOfficeOptions {
  /** the program (default `soffice`, or $PROTOKOLL_SOFFICE) */
  command?: string;
  /** how long one conversion may take, in ms (LibreOffice starts in seconds on a busy machine) */
  timeoutMs?: number;
}

const ALLOWED_EXTENSIONS = new Set(['.doc', '.dot', '.rtf', '.odt', '.ott']);

const checked = new Map<string, Promise<string | null>>();

export function libreOfficeConverter(options: LibreOfficeOptions = {}): DocumentConverter {
  const command = options.command ?? process.env.PROTOKOLL_SOFFICE ?? 'soffice';
  const timeoutMs = options.timeoutMs ?? 50_000;
  return {
    unavailable() {
      let answer = checked.get(command);
      if (!answer) {
        answer = run(command, ['--version'], 30_000).then(
          () => null,
          (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? 'LibreOffice (soffice) is not installed' : 'LibreOffice (soffice) does not start'),
        );
        checked.set(command, answer);
      }
      return answer;
    },
    async toDocx(bytes, extension) {
      if (!ALLOWED_EXTENSIONS.has(extension)) throw new Error(`no conversion for ${extension}`);
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'protokoll-convert-'));
      try {
        const input = path.join(dir, `input${extension}`);
        const outDir = path.join(dir, 'out');
        await fs.writeFile(input, bytes, { mode: 0o600 });
        const profile = pathToFileURL(path.join(dir, 'profile')).href;
        try {
          await run(command, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, input], timeoutMs);
        } catch (error) {
          const e = error as NodeJS.ErrnoException & { killed?: boolean };
          if (e.killed) throw new DocumentError('convert-timeout', `LibreOffice took longer than ${Math.round(timeoutMs / 1000)} s to convert the file`);
          throw new DocumentError('convert-failed', `LibreOffice could not convert the file (${e.code === 'ENOENT' ? 'soffice is not installed' : 'it is damaged or not what its name says'})`);
        }
        // soffice exits 0 even when it could not read the input; then there is no output
        const output = await fs.readFile(path.join(outDir, 'input.docx')).catch(() => null);
        if (!output) throw new DocumentError('convert-failed', 'LibreOffice could not read the file (it is damaged or not what its name says)');
        return output;
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { shell: false, timeout: timeoutMs, killSignal: 'SIGKILL', windowsHide: true, maxBuffer: 1024 * 1024 }, (error) => (error ? reject(error) : resolve()));
  });
}
