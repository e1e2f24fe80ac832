/**
 * .doc, .rtf and .odt minutes (made from the .docx test minutes by LibreOffice:
 * test/fixtures/minutes/make-converted.sh) read into the same document model as the .docx: the
 * same table rows, and records with the same items and decisions. Without LibreOffice, .doc falls
 * back to its text with a warning, and .rtf/.odt fail with a sentence saying what to install.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libreOfficeConverter } from '../../src/convert/libreoffice.js';
import { DocumentError } from '../../src/errors.js';
import type { TableRowBlock } from '../../src/model/document.js';
import { extractRecord } from '../../src/pipeline.js';
import { formatFromName } from '../../src/read/format.js';
import { readDocument } from '../../src/read/index.js';
import { READERS, SOURCE_FORMATS } from '../../src/read/registry.js';
import { SourceSchema, type MinutesRecord } from '../../src/record/schema.js';
import { requirement } from '../support/requirements.js';

const MINUTES = path.resolve(__dirname, '../fixtures/minutes');
const file = (format: string, stem: string) => path.join(MINUTES, format, `${stem}.${format}`);
const converter = libreOfficeConverter({ timeoutMs: 120_000 });
const sofficeHere = requirement((await converter.unavailable()) === null, 'LibreOffice (apt-get install libreoffice-writer-nogui)');

/** What must not change between copies of one meeting: its date, items and what was decided. */
function essence(record: MinutesRecord) {
  return {
    date: record.meeting.date,
    items: record.items.map((i) => ({ number: i.number, title: i.title, decisions: i.decisions.map((d) => d.text), actions: i.actions.map((a) => a.text) })),
  };
}

async function recordOf(f: string): Promise<MinutesRecord> {
  return extractRecord({ path: f, bytes: readFileSync(f) }, { converter });
}

describe('the readers registry', () => {
  it('names a format for every extension, and the record schema takes exactly the registered formats', () => {
    for (const r of READERS) for (const e of r.extensions) expect(formatFromName(`Protokoll 2003${e.toUpperCase()}`)).toBe(r.format);
    expect(formatFromName('anteckningar.xls')).toBeNull();
    expect(SourceSchema.shape.format.options).toEqual(SOURCE_FORMATS);
    expect(SOURCE_FORMATS).toEqual(expect.arrayContaining(['pdf', 'docx', 'doc', 'rtf', 'odt', 'txt']));
  });

  it('refuses a file whose bytes are not its extension, naming what it is', async () => {
    const docx = readFileSync(file('docx', 'protokoll_tabell'));
    await expect(readDocument(docx, 'doc')).rejects.toThrow(/is a \.docx/);
    await expect(readDocument(Buffer.from('hej'), 'rtf')).rejects.toThrow(/not an RTF/);
    await expect(readDocument(Buffer.from('hej'), 'odt')).rejects.toThrow(/not an OpenDocument/);
  });
});

describe('without LibreOffice', () => {
  const missing = libreOfficeConverter({ command: '/nonexistent/soffice' });

  it('.doc is read as text by word-extractor, with a warning that says how to get the layout', async () => {
    const doc = await readDocument(readFileSync(file('doc', 'protokoll_tabell')), 'doc', { converter: missing });
    expect(doc.format).toBe('doc');
    expect(doc.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['Datum: 2025-06-11', 'Sommarschema', 'Beslutades att köpa in två nya duschstolar.']));
    expect(doc.blocks.some((b) => b.kind === 'table-row')).toBe(false);
    expect(doc.warnings.join(' ')).toMatch(/text only.*LibreOffice.*libreoffice-writer-nogui/);
  });

  it.each(['rtf', 'odt'])('.%s fails with a sentence naming what to install', async (format) => {
    const error = await readDocument(readFileSync(file(format, 'protokoll_tabell')), format as 'rtf', { converter: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as Error).message).toMatch(/needs LibreOffice \(LibreOffice \(soffice\) is not installed\).*save the file as \.docx/);
  });
});

describe.runIf(sofficeHere)('through LibreOffice', () => {
  it('old .doc minutes with a table come out as table rows, cell by cell as in the .docx', async () => {
    const fromDoc = await readDocument(readFileSync(file('doc', 'protokoll_tabell')), 'doc', { converter });
    const fromDocx = await readDocument(readFileSync(file('docx', 'protokoll_tabell')), 'docx');
    const cells = (rows: TableRowBlock[]) => rows.map((r) => r.cells.map((c) => c.text));
    const rowsOf = (d: typeof fromDoc) => d.blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');
    expect(fromDoc.format).toBe('doc');
    expect(rowsOf(fromDoc).length).toBe(4);
    expect(cells(rowsOf(fromDoc))).toEqual(cells(rowsOf(fromDocx)));
  }, 180_000);

  it.each([
    ['doc', 'atgardslista_lg'],
    ['rtf', 'protokoll_tabell'],
    ['odt', 'vem_nar'],
  ])('.%s of %s gives the items and decisions of the .docx record', async (format, stem) => {
    const [converted, original] = await Promise.all([recordOf(file(format, stem)), recordOf(file('docx', stem))]);
    expect(converted.source.format).toBe(format);
    expect(converted.items.length).toBeGreaterThan(0);
    expect(essence(converted)).toEqual(essence(original));
  }, 180_000);
});
