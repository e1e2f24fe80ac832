/**
 * A PDF whose one page's content stream inflates to `inflatedBytes` of NUL bytes (whitespace to a
 * PDF lexer): the "inflate bomb" of issue 10. Made without deflating gigabytes: the deflate data
 * of 1 MiB of zeros, ended by a full flush, is the same bytes each time, so it is repeated, then
 * closed by an empty final block and the Adler-32 of all those zeros. About 1 KB per MiB inflated.
 * Used by scripts/measure-bomb.mjs and test/hardening/inflate-bomb.test.ts.
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

const MIB = 1024 * 1024;

/** `inflatedBytes` (a multiple of 1 MiB) of zeros as a zlib stream, optionally deflated `layers` times. */
export function zeroBomb(inflatedBytes, layers = 1) {
  const chunks = inflatedBytes / MIB;
  if (!Number.isInteger(chunks) || chunks < 1) throw new Error('inflatedBytes must be a whole number of MiB');
  const piece = deflateRawSync(Buffer.alloc(MIB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  // Adler-32 of n zeros: a = 1, b = n mod 65521
  const b = inflatedBytes % 65521;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | 1) >>> 0);
  const body = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array(chunks).fill(piece), Buffer.from([0x03, 0x00]), adler]);
  if (layers <= 1) return body;
  // an outer layer: the body deflated again (small, so deflating it for real is cheap)
  let out = body;
  for (let i = 1; i < layers; i++) out = Buffer.from(deflateSync(out));
  return out;
}

/** A one-page PDF whose page content is `stream` with the given /Filter. */
export function pdfWithContent(stream, filter = '/FlateDecode') {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
  ];
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let length = parts[0].length;
  const push = (buf) => {
    parts.push(buf);
    length += buf.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  offsets.push(length);
  push(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter ${filter} >>\nstream\n`, 'latin1'));
  push(stream);
  push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** The bomb of issue 10: a PDF of about inflatedBytes / 1000 whose page inflates to inflatedBytes. */
export function inflateBombPdf(inflatedBytes, layers = 1) {
  const filter = layers === 1 ? '/FlateDecode' : `[${Array(layers).fill('/FlateDecode').join(' ')}]`;
  return pdfWithContent(zeroBomb(inflatedBytes, layers), filter);
}
