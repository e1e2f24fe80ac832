/**
 * File names that are not UTF-8 (Latin-1 names from old Windows shares: "Protokoll m\xE5ndag.pdf").
 * Node turns such a name into a string with U+FFFD in place of the byte, a path that then names no
 * file. Here the byte is kept instead, Python's "surrogateescape" way: byte 0xE5 becomes the lone
 * surrogate U+DCE5 in the string, and `fsPath` turns the string back into the exact bytes for every
 * file system call. A name that is valid UTF-8 stays an ordinary string, so nothing changes for it.
 */

/** U+DC80..U+DCFF stand for the bytes 0x80..0xFF (0x00..0x7F are always valid UTF-8). */
export const RAW_BYTE_BASE = 0xdc00;

const LONE_RAW = /[\udc80-\udcff]/;

/** A directory entry's name as bytes, to a string that `fsPath` gives back as the same bytes. */
export function nameFromBytes(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes('\ufffd') || Buffer.from(text, 'utf8').equals(bytes)) return text;
  // decode by hand: valid UTF-8 sequences as characters, every other byte as its stand-in
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      const piece = bytes.subarray(i, i + len);
      const decoded = piece.toString('utf8');
      if (!decoded.includes('\ufffd') && Buffer.from(decoded, 'utf8').equals(piece)) {
        out += decoded;
        i += len;
        continue;
      }
    }
    out += String.fromCharCode(RAW_BYTE_BASE + b);
    i++;
  }
  return out;
}

/** True when the path holds bytes that are not UTF-8. */
export function hasRawBytes(file: string): boolean {
  return LONE_RAW.test(file);
}

/** The path for a file system call: the string itself, or its exact bytes when it holds stand-ins. */
export function fsPath(file: string): string | Buffer {
  if (!hasRawBytes(file)) return file;
  const parts: Buffer[] = [];
  for (const ch of file) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= RAW_BYTE_BASE + 0x80 && code <= RAW_BYTE_BASE + 0xff) parts.push(Buffer.from([code - RAW_BYTE_BASE]));
    else parts.push(Buffer.from(ch, 'utf8'));
  }
  return Buffer.concat(parts);
}
