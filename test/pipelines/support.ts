/** Temporary folders with copies of the real samples, for pipeline tests. */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLES = path.join(REPO, 'samples');

export function tempDir(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `protokoll-${label}-`));
}

/** A writable copy of samples/<kind> for each kind (the samples themselves are read-only). */
export function copySamples(into: string, kinds: string[] = ['text', 'docx', 'pdf']): string[] {
  const copied: string[] = [];
  for (const kind of kinds) {
    mkdirSync(path.join(into, kind), { recursive: true });
    for (const name of readdirSync(path.join(SAMPLES, kind)).sort()) {
      const dest = path.join(into, kind, name);
      copyFileSync(path.join(SAMPLES, kind, name), dest);
      chmodSync(dest, 0o644);
      copied.push(dest);
    }
  }
  return copied;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Bytes no reader accepts as the format its name claims. */
export const CORRUPT_DOCX = Buffer.from('this is not a zip archive, whatever its name says\n');
