import writeFileAtomic from 'write-file-atomic';

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * half-written file: a temporary file in the same folder, fsync, then rename over the target.
 */
export async function writeFileAtomically(file: string, data: string | Buffer): Promise<void> {
  await writeFileAtomic(file, data, { fsync: true });
}

export function recordJson(record: unknown): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
