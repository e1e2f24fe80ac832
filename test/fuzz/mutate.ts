/**
 * Seeded, reproducible mutations of real files: the same seed gives the same bytes on every
 * machine, so a failing case is reproduced from the seed and the iteration the test prints.
 */
import { readDirectoryParts } from './zip-parts.js';
import { zip } from '../read/docx-fixture.js';
export { random } from '../support/random.js';

const INTERESTING = ['0', '-1', '99999999999', '4294967296', '/Length 0', '/Count 0', 'obj', 'endobj', 'stream', '<<', '>>', '[', ']', '(', ')', '\\', '%%EOF', 'xref', 'R', ' ', '\u0000', '\u00ff'];

/** One to eight mutations of the bytes: flips, random runs, deletions, duplications, a cut, interesting tokens. */
export function mutateBytes(input: Uint8Array, rnd: () => number): Uint8Array {
  let bytes = Buffer.from(input);
  const at = () => Math.floor(rnd() * Math.max(1, bytes.length));
  const count = 1 + Math.floor(rnd() * 8);
  for (let i = 0; i < count; i++) {
    const kind = Math.floor(rnd() * 6);
    const p = at();
    if (kind === 0) bytes[p] = bytes[p]! ^ (1 << Math.floor(rnd() * 8));
    else if (kind === 1) for (let j = 0, n = 1 + Math.floor(rnd() * 64); j < n && p + j < bytes.length; j++) bytes[p + j] = Math.floor(rnd() * 256);
    else if (kind === 2) bytes = Buffer.concat([bytes.subarray(0, p), bytes.subarray(Math.min(bytes.length, p + 1 + Math.floor(rnd() * 512)))]);
    else if (kind === 3) {
      const len = 1 + Math.floor(rnd() * 512);
      bytes = Buffer.concat([bytes.subarray(0, p), bytes.subarray(p, p + len), bytes.subarray(p)]);
    } else if (kind === 4 && rnd() < 0.3) bytes = bytes.subarray(0, p);
    else {
      const token = Buffer.from(INTERESTING[Math.floor(rnd() * INTERESTING.length)]!, 'latin1');
      bytes = Buffer.concat([bytes.subarray(0, p), token, bytes.subarray(p + (rnd() < 0.5 ? token.length : 0))]);
    }
  }
  return new Uint8Array(bytes);
}

/**
 * A Word document with its XML parts mutated and zipped again (valid zip, broken content), so
 * that the mutations reach the XML parser and the reader behind it, not only the zip checks.
 */
export function mutateDocxParts(docx: Uint8Array, rnd: () => number): Uint8Array {
  const parts = readDirectoryParts(docx);
  const xml = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  const target = xml[Math.floor(rnd() * xml.length)] ?? parts[0]!;
  // the main document most of the time: it is where the reader does most of its work
  const chosen = rnd() < 0.7 ? (parts.find((p) => p.name === 'word/document.xml') ?? target) : target;
  chosen.data = Buffer.from(mutateBytes(chosen.data, rnd));
  return new Uint8Array(zip(parts.map((p) => ({ name: p.name, data: p.data }))));
}
