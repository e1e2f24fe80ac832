/**
 * Bytes of a text file to a string. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
 * such; bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding of older
 * Swedish text exports, and the reader says so.
 */
export function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warnings: ['The text file is not UTF-8; it was read as Windows-1252 (Western European).'],
    };
  }
}
