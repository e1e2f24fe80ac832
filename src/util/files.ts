import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatFromName } from '../read/format.js';

/**
 * The minutes files named by the user: files as given, folders walked recursively for the formats
 * protokoll reads (hidden files and Office lock files "~$x.docx" skipped), in a stable order.
 */
export async function listInputFiles(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) missing.push(input);
    else if (stat.isDirectory()) files.push(...(await walk(input)));
    else files.push(input);
  }
  return { files, missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && formatFromName(e.name)) out.push(full);
  }
  return out;
}
