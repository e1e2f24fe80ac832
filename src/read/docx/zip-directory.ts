/**
 * Reads a zip archive's central directory (names, sizes, where each entry's data lies) without
 * decompressing anything, so that a hostile archive can be refused on its declared sizes before
 * any library inflates it. Handles zip64; anything inconsistent is reported as a corrupt file.
 */
import { DocumentError } from '../../errors.js';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; other methods are not used by Word */
  method: number;
  compressedSize: number;
  /** the size the archive declares; checked again when the entry is inflated */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** general-purpose flag bit 0: the entry's data is encrypted */
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

function corrupt(): DocumentError {
  return new DocumentError('corrupt', 'the Word document is damaged (its zip archive cannot be read)');
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt();

  let entryCount = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    entryCount = zip64.entryCount;
    directorySize = zip64.directorySize;
    directoryOffset = zip64.directoryOffset;
  }
  if (directoryOffset + directorySize > eocd) throw corrupt();

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) throw corrupt();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > view.byteLength) throw corrupt();
    const name = new TextDecoder('utf-8').decode(bytes.subarray(nameStart, extraStart));

    // zip64 extra field: the 64-bit values follow in this order, only for the fields saturated above
    const zip64 = findExtraField(view, extraStart, extraLength, 0x0001);
    if (zip64) {
      let p = zip64.start;
      const take = (): number => {
        if (p + 8 > zip64.end) throw corrupt();
        const v = Number(view.getBigUint64(p, true));
        p += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
    }

    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, encrypted: (flags & 1) === 1 });
    at = next;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  for (let at = view.byteLength - EOCD_MIN_LENGTH; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { entryCount: number; directorySize: number; directoryOffset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw corrupt();
  const end = Number(view.getBigUint64(locator + 8, true));
  if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD_SIGNATURE) throw corrupt();
  return {
    entryCount: Number(view.getBigUint64(end + 32, true)),
    directorySize: Number(view.getBigUint64(end + 40, true)),
    directoryOffset: Number(view.getBigUint64(end + 48, true)),
  };
}

function findExtraField(view: DataView, start: number, length: number, id: number): { start: number; end: number } | null {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const fieldId = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (p + 4 + size > end) return null;
    if (fieldId === id) return { start: p + 4, end: p + 4 + size };
    p += 4 + size;
  }
  return null;
}
