import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../src/read/docx/zip-directory.js';
import { readZipEntry } from '../../src/read/docx/zip-entry.js';
import { zip } from './docx-fixture.js';

/** The same archive with a zip64 end record: the classic one saturated, the real values in zip64. */
function asZip64(archive: Buffer): Buffer {
  const eocd = archive.length - 22;
  const entries = archive.readUInt16LE(eocd + 10);
  const size = archive.readUInt32LE(eocd + 12);
  const offset = archive.readUInt32LE(eocd + 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(eocd), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([archive.subarray(0, eocd), record, locator, end]);
}

describe('zip directory reader', () => {
  const archive = zip([
    { name: 'word/document.xml', data: '<w:document/>'.repeat(100) },
    { name: 'word/styles.xml', data: 'stored text', store: true },
  ]);

  it('lists entries with their declared sizes and reads them back', () => {
    const entries = readZipDirectory(archive);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['word/document.xml', 8, 1300],
      ['word/styles.xml', 0, 11],
    ]);
    expect(readZipEntry(archive, entries[0]!, 10_000).toString()).toBe('<w:document/>'.repeat(100));
    expect(readZipEntry(archive, entries[1]!, 10_000).toString()).toBe('stored text');
  });

  it('reads a zip64 end of central directory', () => {
    expect(readZipDirectory(asZip64(archive)).map((e) => e.name)).toEqual(['word/document.xml', 'word/styles.xml']);
  });

  it('stops inflating at the limit, whatever the entry declares', () => {
    const [document] = readZipDirectory(archive);
    expect(() => readZipEntry(archive, document!, 500)).toThrow(expect.objectContaining({ name: 'DocumentError', code: 'too-large' }));
  });

  it('calls bytes without an end of central directory corrupt', () => {
    expect(() => readZipDirectory(Buffer.from('PK\u0003\u0004 not really a zip'))).toThrow(/damaged/);
  });
});
