import path from 'node:path';
import { READERS, type SourceFormat } from './registry.js';

const BY_EXTENSION = new Map<string, SourceFormat>(READERS.flatMap((r) => r.extensions.map((e) => [e, r.format] as const)));

/** The format that reads a file, by its extension (the registry's); null for anything else (skipped in folders). */
export function formatFromName(fileName: string): SourceFormat | null {
  return BY_EXTENSION.get(path.extname(fileName).toLowerCase()) ?? null;
}

/** What the first bytes say the file is, whatever its name claims. */
export function sniffFormat(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'unknown' {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'unknown';
}
