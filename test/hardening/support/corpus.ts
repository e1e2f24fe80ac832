/**
 * The corpus of broken and hostile files, made by the tests themselves: each file with the
 * outcome it must have (a record, maybe with a warning, or a per-file error with its code and a
 * message in plain words). The per-case test, the batch import and the fault tests all use it.
 */
import { closeSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { SAMPLES } from '../../pipelines/support.js';
import { docx, p, run, zip } from '../../read/docx-fixture.js';
import { makePdf, type FixturePage } from '../../read/pdf/make-pdf.js';
import { forgedPageCountPdf, scannedMinutesPdf, wrongEncodingPdf } from './pdf-files.js';

export type Expected =
  | { kind: 'record'; warning?: RegExp; text?: RegExp; pages?: number }
  | { kind: 'error'; code: string; message: RegExp };

export interface Case {
  name: string;
  why: string;
  expected: Expected;
}

const MIB = 1024 * 1024;

/** Minutes as a secretary would write them: the scanned page and the garbled page carry these. */
export const MINUTES_LINES = [
  'Protokoll Socialnämnden',
  'Datum: 2024-03-12',
  '§ 1 Budget för år 2025',
  'Nämnden beslutar att godkänna förslaget till budget.',
  'Ansvarig: Anna Berg, klart till den 30 april.',
  '§ 2 Lokaler för hemtjänsten',
  'Förvaltningen får i uppdrag att se över lokalerna och att',
  'återkomma till nämnden med ett förslag i maj.',
];

export function minutesPage(lines = MINUTES_LINES): FixturePage {
  return { texts: lines.map((text, i) => ({ x: 72, y: 760 - i * 22, text, size: i === 0 ? 16 : 12, font: i === 0 || text.startsWith('§') ? ('bold' as const) : ('regular' as const) })) };
}

/**
 * A zip bomb named .docx: word/document.xml really unpacks to `mib` MiB of spaces, from a few
 * hundred kB of deflate; its declared size is `declared` (the truth, or a lie).
 */
export function zipBomb(mib: number, declared: 'true' | 'lie'): Buffer {
  const head = Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>', 'utf8');
  const filler = Buffer.alloc(MIB, 0x20);
  // deflate compresses a MiB of spaces to ~1 kB; the stream is the same block repeated
  const size = head.length + mib * MIB;
  const data = deflateRawSync(Buffer.concat([head, ...Array.from({ length: mib }, () => filler)]), { level: 1 });
  let crc = crc32(head);
  for (let i = 0; i < mib; i++) crc = crc32(filler, crc);
  return zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', data: '', deflated: { data, crc, size }, ...(declared === 'true' ? {} : { declaredSize: 4096 }) },
  ]);
}

/** Writes the corpus into `dir` and returns each file's case. `ocr`: tesseract with Swedish is installed. */
export function writeCorpus(dir: string, ocr: boolean): Case[] {
  const cases: Case[] = [];
  const put = (name: string, bytes: Uint8Array | string, why: string, expected: Expected) => {
    writeFileSync(path.join(dir, name), bytes);
    cases.push({ name, why, expected });
  };
  const samplePdf = readFileSync(path.join(SAMPLES, 'pdf', '002_d87efa32b9f021cd.pdf'));

  put('tom.pdf', '', 'zero bytes', { kind: 'error', code: 'empty', message: /the file is empty \(0 bytes\)/ });
  put('avklippt.pdf', samplePdf.subarray(0, Math.floor(samplePdf.length / 2)), 'a download cut off half way', { kind: 'error', code: 'corrupt', message: /the PDF is damaged/ });
  put('skräp.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251))]), 'a PDF header followed by noise', {
    kind: 'error',
    code: 'corrupt',
    message: /the PDF is damaged/,
  });
  put('lösenord.pdf', makePdf([minutesPage()], { userPassword: 'hemligt' }), 'password-protected', { kind: 'error', code: 'encrypted', message: /password-protected; save an unprotected copy/ });
  put('inte-pdf.pdf', 'Protokoll fört vid möte\n', 'plain text named .pdf', { kind: 'error', code: 'not-a-pdf', message: /named \.pdf but is not a PDF/ });
  put('inte-zip.docx', 'Det här är ingen Word-fil.\n', 'a .docx that is not a zip', { kind: 'error', code: 'not-a-docx', message: /not a Word document \(not a zip archive\)/ });
  put('gammal-word.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]), 'an old .doc renamed .docx', {
    kind: 'error',
    code: 'not-a-docx',
    message: /old Word \.doc/,
  });
  put('zipbomb.docx', zipBomb(210, 'true'), 'a zip bomb: 210 MiB of spaces in 0.2 MiB, sizes declared', { kind: 'error', code: 'too-large', message: /unpacks to more than 200 MiB.*PROTOKOLL_MAX_DOCX_MB/ });
  put('zipbomb-ljuger.docx', zipBomb(210, 'lie'), 'the same bomb declaring 4 kB', { kind: 'error', code: 'too-large', message: /unpacks to more than .*PROTOKOLL_MAX_DOCX_MB/ });
  put(
    'entiteter.docx',
    docx({ doctype: '<!DOCTYPE w:document [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>', body: p(run('Före &passwd; efter')) }),
    'XML external entities (XXE) pointing at /etc/passwd',
    { kind: 'error', code: 'corrupt', message: /entity references/ },
  );
  // pdf.js counts the pages the tree really has: the forged count neither hangs nor is believed
  put('sidor.pdf', forgedPageCountPdf(2_000_000), 'a page tree claiming 2,000,000 pages', { kind: 'record', pages: 1 });
  put(
    'bunt.pdf',
    makePdf(Array.from({ length: 501 }, (_, i) => ({ texts: [{ x: 72, y: 770, text: `Bilaga sida ${i + 1}` }] }))),
    'a 501-page bundle',
    { kind: 'error', code: 'too-many-pages', message: /^the PDF has 501 pages, over the limit of 500; raise it with PROTOKOLL_MAX_PAGES or --max-pages$/ },
  );
  put(
    'fel-kodning.pdf',
    wrongEncodingPdf([...MINUTES_LINES, 'Nämnden noterar informationen och lägger den till handlingarna.', 'Mötet avslutas och nästa möte hålls den 9 april.']),
    'a font whose Unicode map is wrong: the text layer is garbage',
    ocr ? { kind: 'record', warning: /^page 1 has a garbled text layer and was read by OCR instead \(mean confidence \d+%\)$/, text: /förslaget/ } : { kind: 'record', warning: /^the text of page 1 could not be decoded .*garbled/ },
  );
  const scan = scannedMinutesPdf(minutesPage());
  put(
    'skannad.pdf',
    scan.pdf,
    'an image-only PDF (a scan)',
    ocr && scan.hasText
      ? { kind: 'record', warning: /^page 1 was read by OCR \(mean confidence \d+%\)$/, text: /Nämnden beslutar att godkänna förslaget/ }
      : { kind: 'record', warning: /install it \(Debian\/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils\)/ },
  );
  // a sparse file: 150 MiB long without taking the disk space, over the 100 MiB default
  const huge = path.join(dir, 'jättestor.pdf');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 150 * MIB);
  closeSync(fd);
  cases.push({ name: 'jättestor.pdf', why: 'a 150 MiB file', expected: { kind: 'error', code: 'too-large', message: /the file is 150 MiB, over the limit of 100 MiB for one document; raise it with PROTOKOLL_MAX_FILE_MB or --max-file-size/ } });
  return cases;
}
