/**
 * The PDF reader on PDFs written for the test (test/read/pdf/make-pdf.ts): the cases the samples
 * do not have. Password protection, damage, pages without text, words split at line ends, lists
 * typed one entry per line, another municipality's table (Nr | Ärende | Ansvarig | Klart senast,
 * borders drawn as thin filled rectangles the way Word does), running headers with the page
 * number in another form, and a rotated page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/errors.js';
import type { Block, TableRowBlock } from '../../src/model/document.js';
import { readDocument } from '../../src/read/index.js';
import { readPdf } from '../../src/read/pdf.js';
import { endedShort } from '../../src/read/pdf/paragraphs.js';
import { textEm } from '../../src/read/pdf/widths.js';
import { makePdf, type FixtureText } from './pdf/make-pdf.js';

const SIZE = 11;
const PITCH = 13;
const LEFT = 72;

/** Lines of running text from `top` downwards, one line apart. */
function lines(texts: string[], top: number, options: Partial<FixtureText> = {}): FixtureText[] {
  return texts.map((text, i) => ({ x: LEFT, y: top - i * PITCH, text, size: SIZE, ...options }));
}

/** Words wrapped the way a word processor does at `width` points of Helvetica. */
function wrap(text: string, width: number, size = SIZE): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textEm(candidate) * size > width) {
      out.push(line);
      line = word;
    } else line = candidate;
  }
  return [...out, line];
}

async function rejection(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

const texts = (blocks: Block[]): string[] => blocks.map((b) => b.text);

describe('readPdf on damaged, protected and scanned PDFs', () => {
  it('reports a password-protected PDF as encrypted, in plain words', async () => {
    const pdf = makePdf([{ texts: [{ x: LEFT, y: 750, text: 'Hemliga minnesanteckningar' }] }], { userPassword: 'hemligt' });
    const error = await rejection(readPdf(pdf));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/password/);
    // the same file without a password opens
    const open = await readPdf(makePdf([{ texts: [{ x: LEFT, y: 750, text: 'Hemliga minnesanteckningar' }] }]));
    expect(texts(open.blocks)).toEqual(['Hemliga minnesanteckningar']);
  });

  it('reports a truncated or garbled PDF as corrupt, never with a pdf.js error', async () => {
    const sample = readFileSync(path.resolve(__dirname, '../../samples/pdf/002_d87efa32b9f021cd.pdf'));
    for (const fraction of [0.2, 0.6, 0.95]) {
      const cut = new Uint8Array(sample.subarray(0, Math.floor(sample.length * fraction)));
      const error = await rejection(readDocument(cut, 'pdf'));
      expect(error.code, `cut at ${fraction}`).toBe('corrupt');
      expect(error.message).not.toMatch(/Exception|XRef|undefined/);
    }
    const garbage = new Uint8Array(Buffer.from('%PDF-1.7\n' + 'x'.repeat(5000)));
    expect((await rejection(readPdf(garbage))).code).toBe('corrupt');
  });

  it('returns the text there is and names the pages that have none', async () => {
    const pdf = makePdf([
      { texts: [{ x: LEFT, y: 750, text: 'Sida med text' }] },
      { fills: [[72, 72, 450, 700]] }, // a scan would be an image; either way no text layer
      { texts: [{ x: LEFT, y: 750, text: 'Mer text' }] },
    ]);
    const doc = await readPdf(pdf);
    expect(doc.pages).toBe(3);
    expect(texts(doc.blocks)).toEqual(['Sida med text', 'Mer text']);
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 3]);
    expect(doc.warnings).toEqual(['page 2 has no text layer (scanned or blank); its text is missing']);

    const scanned = await readPdf(makePdf([{ fills: [[72, 72, 450, 700]] }, { fills: [[72, 72, 450, 700]] }]));
    expect(scanned.blocks).toEqual([]);
    expect(scanned.pages).toBe(2);
    expect(scanned.warnings.join(' ')).toMatch(/no text layer/);
  });
});

describe('readPdf on running text', () => {
  const paragraph = wrap(
    'Förvaltningen har under våren arbetat med att ta fram en ny modell för uppföljning av verksamheten och redovisar nu hur arbetet har gått och vad som återstår innan sommaren.',
    440,
  );
  const item = wrap('Budget och uppföljning för det kommande verksamhetsåret med särskilt fokus på bemanning och kompetensförsörjning', 440 - 23);
  const page = {
    texts: [
      ...lines(paragraph, 760),
      // a word split at each line end; the first line is as wide as the paragraph's
      ...lines(['Det behövs en tydligare och mer regelbunden verksamhets-', 'dialog om rutinen för chef-i-', 'beredskap och om lex Sarah-', 'rapporteringen inför hösten.'], 690),
      { x: LEFT, y: 620, text: 'Närvarande', size: SIZE, font: 'bold' as const },
      // tab-aligned lines: name, role, initials
      ...[['Anna Andersson', 'Ordförande', '(AA)'], ['Bo Berg', 'Sekreterare', '(BB)'], ['Cecilia Ek', 'Ledamot', '(CE)']].flatMap(([name, role, initials], i) => [
        { x: LEFT, y: 605 - i * PITCH, text: name!, size: SIZE },
        { x: 220, y: 605 - i * PITCH, text: role!, size: SIZE },
        { x: 380, y: 605 - i * PITCH, text: initials!, size: SIZE },
      ]),
      // a bulleted list with a continuation line, then two entries typed one per line
      { x: 80, y: 550, text: '•', size: SIZE },
      ...item.map((text, i) => ({ x: 95, y: 550 - i * PITCH, text, size: SIZE })),
      { x: 80, y: 524, text: '•', size: SIZE },
      { x: 95, y: 524, text: 'Lokalfrågan', size: SIZE },
      ...lines(['Blink – AI, tal till text.', 'Digital tolk – projektet pausas.'], 495),
    ],
  };

  it('joins wrapped lines and split words, and keeps lines that ended on their own', async () => {
    const doc = await readPdf(makePdf([page]));
    expect(texts(doc.blocks)).toEqual([
      paragraph.join(' '),
      'Det behövs en tydligare och mer regelbunden verksamhetsdialog om rutinen för chef-i-beredskap och om lex Sarah-rapporteringen inför hösten.',
      'Närvarande',
      'Anna Andersson Ordförande (AA)',
      'Bo Berg Sekreterare (BB)',
      'Cecilia Ek Ledamot (CE)',
      item.join(' '),
      'Lokalfrågan',
      'Blink – AI, tal till text.',
      'Digital tolk – projektet pausas.',
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'list-item', 'list-item', 'paragraph', 'paragraph',
    ]);
    expect(doc.blocks[2]!.style.bold).toBe(true);
    expect(doc.blocks[0]!.style).toEqual({ size: 11 });
  });

  it('removes running headers, page numbers and contact footers but keeps page 1 header pieces', async () => {
    const furniture = (n: number): FixtureText[] => [
      { x: LEFT, y: 800, text: 'Kommunstyrelsen', size: 9, font: 'bold' },
      { x: 300, y: 800, text: '2024-05-06', size: 9 },
      { x: 470, y: 800, text: `Sida ${n} av 2`, size: 9 },
      { x: LEFT, y: 788, text: 'Protokoll', size: 9 },
      { x: LEFT, y: 40, text: 'Postadress 123 45 Småstad · Telefon 0123-45 67 89 · www.smastad.se', size: 7 },
    ];
    const doc = await readPdf(
      makePdf([
        { texts: [...furniture(1), { x: LEFT, y: 720, text: '§ 1 Val av justerare', size: 14, font: 'bold' }, ...lines(['Anna Andersson utses att justera protokollet.'], 700)] },
        { texts: [...furniture(2), { x: LEFT, y: 720, text: '§ 2 Budget', size: 14, font: 'bold' }, ...lines(['Budgeten godkänns.'], 700)] },
      ]),
    );
    expect(doc.blocks.map((b) => [b.kind, b.page, b.text])).toEqual([
      ['paragraph', 1, 'Kommunstyrelsen'],
      ['paragraph', 1, '2024-05-06'],
      ['paragraph', 1, 'Protokoll'],
      ['heading', 1, '§ 1 Val av justerare'],
      ['paragraph', 1, 'Anna Andersson utses att justera protokollet.'],
      ['heading', 2, '§ 2 Budget'],
      ['paragraph', 2, 'Budgeten godkänns.'],
    ]);
    expect(doc.blocks[0]!.style.bold).toBe(true);
  });

  it('keeps the text of a protocol that gives each § a page: "Ks § 113" and "Kommunstyrelsens beslut" at the same height on every page', async () => {
    const page = (n: number, title: string, decision: string) => ({
      texts: [
        { x: LEFT, y: 800, text: 'BÄCKMORA KOMMUN', size: 9 },
        { x: 470, y: 800, text: `${n} (3)`, size: 9 },
        { x: LEFT, y: 788, text: 'Kommunstyrelsen', size: 9 },
        { x: LEFT, y: 750, text: `Ks § ${111 + n}`, size: SIZE, font: 'bold' as const },
        { x: LEFT, y: 737, text: title, size: SIZE, font: 'bold' as const },
        { x: LEFT, y: 710, text: 'Kommunstyrelsens beslut', size: SIZE, font: 'bold' as const },
        ...lines([decision], 697),
      ],
    });
    const doc = await readPdf(makePdf([page(1, 'Val av justerare', 'Bengt Rask utses att justera protokollet.'), page(2, 'Delårsrapport', 'Delårsrapporten godkänns.'), page(3, 'Hundrastgård', 'Medborgarförslaget bifalls.')]));
    const pageTwo = doc.blocks.filter((b) => b.page === 2).map((b) => b.text);
    expect(pageTwo).toEqual(['Ks § 113', 'Delårsrapport', 'Kommunstyrelsens beslut', 'Delårsrapporten godkänns.']);
  });

  it('drops a running header that names the § of its page, where the page names it again below', async () => {
    const page = (n: number, title: string, text: string) => ({
      texts: [
        { x: LEFT, y: 800, text: 'Kommunstyrelsen', size: 9 },
        { x: 470, y: 800, text: `KS § ${44 + n}`, size: 9 },
        { x: LEFT, y: 720, text: `§ ${44 + n} ${title}`, size: 14, font: 'bold' as const },
        ...lines([text], 700),
      ],
    });
    const doc = await readPdf(makePdf([page(1, 'Val av justerare', 'Anna Ek utses.'), page(2, 'Budget', 'Budgeten godkänns.'), page(3, 'Skrivelser', 'Skrivelserna läggs till handlingarna.')]));
    expect(doc.blocks.filter((b) => b.page === 2).map((b) => b.text)).toEqual(['§ 46 Budget', 'Budgeten godkänns.']);
  });

  it('treats a header laid out as a table, with the page number inside a cell\'s text, as a running header', async () => {
    const headerTable = (n: number) => ({
      texts: [
        { x: 65, y: 800, text: 'Socialnämnden', size: 10, font: 'bold' as const },
        { x: 300, y: 800, text: `Protokoll 2024-05-06 Sida ${n} (2)`, size: 10 },
      ],
      lines: [[60, 815, 535, 815], [60, 790, 535, 790], [60, 790, 60, 815], [295, 790, 295, 815], [535, 790, 535, 815]] as [number, number, number, number][],
    });
    const body = (n: number, text: string) => ({ texts: [...headerTable(n).texts, { x: LEFT, y: 700, text, size: SIZE }], lines: headerTable(n).lines });
    const doc = await readPdf(makePdf([body(1, 'Första sidans text.'), body(2, 'Andra sidans text.')]));
    expect(doc.blocks.map((b) => [b.kind, b.page, b.text])).toEqual([
      ['paragraph', 1, 'Socialnämnden'],
      ['paragraph', 1, 'Protokoll 2024-05-06'],
      ['paragraph', 1, 'Första sidans text.'],
      ['paragraph', 2, 'Andra sidans text.'],
    ]);
  });

  it('joins a centred title\'s lines, and a numbered paragraph\'s lines under its hanging indent', async () => {
    const title = wrap('Protokoll fört vid sammanträde med kommunstyrelsens arbetsutskott i Rådhuset', 440, 16);
    const first = wrap('Kommunstyrelsens arbetsutskott föreslår att kommunstyrelsen beslutar att anta den reviderade budgeten för verksamhetsåret.', 420);
    const second = wrap('Ordföranden förklarar sammanträdet avslutat och tackar alla ledamöter och tjänstepersoner för deras medverkan.', 420);
    const numbered = (n: string, lines: string[], top: number): FixtureText[] => [
      { x: LEFT, y: top, text: n, size: SIZE },
      ...lines.map((text, i) => ({ x: LEFT + 20, y: top - i * PITCH, text, size: SIZE })),
    ];
    const doc = await readPdf(
      makePdf([
        {
          texts: [
            ...title.map((text, i) => ({ x: 297.5 - (textEm(text) * 16) / 2, y: 760 - i * 19, text, size: 16 })),
            ...numbered('1.', first, 700),
            ...numbered('2.', second, 700 - first.length * PITCH - 8),
          ],
        },
      ]),
    );
    expect(title.length).toBe(2);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', title.join(' ')],
      ['paragraph', `1. ${first.join(' ')}`],
      ['paragraph', `2. ${second.join(' ')}`],
    ]);
  });

  it('keeps a superscript footnote mark on its line', async () => {
    const doc = await readPdf(
      makePdf([{ texts: [{ x: LEFT, y: 700, text: 'Enligt lagen', size: SIZE }, { x: LEFT + textEm('Enligt lagen') * SIZE, y: 704.5, text: '1', size: 7 }, { x: 150, y: 700, text: 'ska nämnden besluta.', size: SIZE }] }]),
    );
    expect(texts(doc.blocks)).toEqual(['Enligt lagen1 ska nämnden besluta.']);
  });

  it('reads a rotated page in the order it is seen', async () => {
    // with /Rotate 90 the page shows turned clockwise: text written upwards reads left to right,
    // and a larger x in the file is lower on the page as shown
    const doc = await readPdf(
      makePdf([
        {
          rotate: 90,
          texts: [
            { x: 100, y: 80, text: 'Första raden på en liggande sida', size: SIZE, upwards: true },
            { x: 140, y: 80, text: 'Andra raden', size: SIZE, upwards: true },
          ],
        },
      ]),
    );
    expect(texts(doc.blocks)).toEqual(['Första raden på en liggande sida', 'Andra raden']);
    // the same text written sideways on a page that is not rotated (a landscape table on a
    // portrait page) is read turned the same way
    const sideways = await readPdf(
      makePdf([
        {
          texts: [
            { x: 100, y: 80, text: 'Första raden på en liggande sida', size: SIZE, upwards: true },
            { x: 140, y: 80, text: 'Andra raden', size: SIZE, upwards: true },
            { x: 300, y: 800, text: 'Sidhuvud 1', size: 8 },
          ],
        },
      ]),
    );
    expect(texts(sideways.blocks)).toEqual(['Första raden på en liggande sida', 'Andra raden']);
  });

  it('keeps a list point\'s last word in capitals ("… till nästa" over "APT") in the point, where a line in capitals would open a heading', async () => {
    const first = 'Sara och Li gör affischer om läxhjälpen och sätter upp dem på skolorna, till nästa';
    // (two points of the same width: the lines that end there mark the right margin)
    const second = 'Li och Sara gör affischer om läxhjälpen och sätter upp dem på skolorna, till nästa';
    const point = (y: number, text: string, last: string): FixtureText[] => [
      { x: 80, y, text: '•', size: SIZE }, { x: 95, y, text, size: SIZE }, { x: 95, y: y - PITCH, text: last, size: SIZE },
    ];
    const doc = await readPdf(makePdf([{
      texts: [...point(700, first, 'APT'), ...point(700 - 2 * PITCH, second, 'LG'), ...lines(['Han redovisade läget i juni.', 'LOKALFRÅGAN', 'Frågan bordläggs.'], 600)],
    }]));
    expect(texts(doc.blocks)).toEqual([`${first} APT`, `${second} LG`, 'Han redovisade läget i juni.', 'LOKALFRÅGAN', 'Frågan bordläggs.']);
  });
});

describe('readPdf on a Word-style table over two pages', () => {
  // columns Nr | Ärende | Ansvarig | Klart senast; borders as 0.5 pt filled rectangles
  const xs = [60, 100, 330, 430, 535];
  const border = (rowYs: number[], spans: Record<number, boolean> = {}): [number, number, number, number][] => {
    const fills: [number, number, number, number][] = rowYs.map((y) => [xs[0]!, y - 0.25, xs[4]! - xs[0]!, 0.5]);
    for (let r = 0; r + 1 < rowYs.length; r++) {
      const [top, bottom] = [rowYs[r]!, rowYs[r + 1]!];
      for (const [i, x] of xs.entries()) {
        if (spans[r] && i > 0 && i < xs.length - 1) continue; // a merged full-width row
        fills.push([x - 0.25, bottom, 0.5, top - bottom]);
      }
    }
    return fills;
  };
  const cell = (col: number, y: number, text: string, font: FixtureText['font'] = 'regular'): FixtureText => ({ x: xs[col]! + 5, y, text, size: 10, font });
  const header = (top: number): FixtureText[] => ['Nr', 'Ärende', 'Ansvarig', 'Klart senast'].map((t, i) => cell(i, top - 13, t, 'bold'));

  const page1 = {
    texts: [
      ...lines(['Beslutslogg'], 780, { font: 'bold' }),
      ...header(760),
      cell(0, 727, '1'),
      cell(1, 727, 'Budget 2025 tas fram i samråd med'),
      cell(1, 715, 'ekonomienheten och alla avdelningar.'),
      cell(2, 727, 'AA'),
      cell(3, 727, '2025-03-01'),
      cell(0, 692, 'Övriga frågor', 'bold'),
      cell(0, 662, '2'),
      cell(1, 662, 'Lokalfrågan utreds.'),
      cell(1, 638, 'Rapport till nästa möte.'),
      cell(2, 662, 'BB'),
      cell(2, 638, 'CC'),
    ],
    fills: border([760, 740, 705, 680, 625], { 2: true }),
  };
  const page2 = {
    texts: [...header(780), cell(0, 747, '3'), cell(1, 747, 'Ny delegationsordning.'), cell(2, 747, 'DD'), cell(3, 747, 'Q3'), ...lines(['Mötet avslutas.'], 690)],
    fills: border([780, 760, 725]),
  };

  it('gives one row per table row with its cells, the header row marked on both pages', async () => {
    const doc = await readPdf(makePdf([page1, page2]));
    const rows = doc.blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');
    expect(rows.map((r) => r.cells.map((c) => c.lines))).toEqual([
      [['Nr'], ['Ärende'], ['Ansvarig'], ['Klart senast']],
      [['1'], ['Budget 2025 tas fram i samråd med ekonomienheten och alla avdelningar.'], ['AA'], ['2025-03-01']],
      [['Övriga frågor']],
      [['2'], ['Lokalfrågan utreds.', '', 'Rapport till nästa möte.'], ['BB', '', 'CC'], []],
      [['Nr'], ['Ärende'], ['Ansvarig'], ['Klart senast']],
      [['3'], ['Ny delegationsordning.'], ['DD'], ['Q3']],
    ]);
    expect(rows.map((r) => r.header ?? false)).toEqual([true, false, false, false, true, false]);
    expect(rows.map((r) => r.page)).toEqual([1, 1, 1, 1, 2, 2]);
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set([0]));
    expect(rows[2]!.cells[0]!.colSpan).toBe(4);
    expect(rows[1]!.text).toBe('1 | Budget 2025 tas fram i samråd med ekonomienheten och alla avdelningar. | AA | 2025-03-01');
    expect(texts(doc.blocks.filter((b) => b.kind !== 'table-row'))).toEqual(['Beslutslogg', 'Mötet avslutas.']);
  });
});

describe('readPdf on a table without borders', () => {
  // Nr | Ärende | Ansvarig | Klart senast, set with tab stops; Ärende and Ansvarig wrap
  const cols = [72, 110, 330, 440];
  const at = (col: number, y: number, text: string, font: FixtureText['font'] = 'regular'): FixtureText => ({ x: cols[col]!, y, text, size: SIZE, font });
  const rowsSpec: [string, string, string[], string][] = [
    ['1', 'Budgeten för 2025 gås igenom och fördelas på avdelningarna enligt förslaget från ekonomienheten', ['AA'], '2025-03-01'],
    ['2', 'Lokalfrågan utreds vidare tillsammans med fastighetsenheten', ['Fastighetschefen', 'och HR-chefen'], 'Q3'],
    ['3', 'Övrigt', [], ''],
  ];
  const content: FixtureText[] = [
    { x: LEFT, y: 700, text: 'Närvarande', size: SIZE, font: 'bold' },
    ...[['Anna Andersson', 'Ordförande', '(AA)'], ['Bo Berg', 'Sekreterare', '(BB)']].flatMap(([a, b, c], i) => [
      { x: LEFT, y: 685 - i * PITCH, text: a!, size: SIZE },
      { x: 220, y: 685 - i * PITCH, text: b!, size: SIZE },
      { x: 380, y: 685 - i * PITCH, text: c!, size: SIZE },
    ]),
    ...['Nr', 'Ärende', 'Ansvarig', 'Klart senast'].map((t, i) => at(i, 630, t, 'bold')),
  ];
  const expected: string[][][] = [[['Nr'], ['Ärende'], ['Ansvarig'], ['Klart senast']]];
  let y = 610;
  for (const [nr, matter, owners, due] of rowsSpec) {
    const wrapped = wrap(matter, 200);
    content.push(at(0, y, nr), ...wrapped.map((t, i) => at(1, y - i * PITCH, t)), ...owners.map((t, i) => at(2, y - i * PITCH, t)));
    if (due) content.push(at(3, y, due));
    expected.push([[nr], [wrapped.join(' ')], owners.length ? [owners.join(' ')] : [], due ? [due] : []]);
    y -= Math.max(wrapped.length, owners.length) * PITCH + 6;
  }
  content.push({ x: LEFT, y: y - 20, text: 'Nästa möte hålls den 12 juni i stadshusets stora sal.', size: SIZE });

  it('finds the table from its columns and leaves tab-set lists and paragraphs alone', async () => {
    const doc = await readPdf(makePdf([{ texts: content }]));
    const rows = doc.blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');
    expect(rows.map((r) => r.cells.map((c) => c.lines))).toEqual(expected);
    expect(rows[0]!.header).toBe(true);
    expect(texts(doc.blocks.filter((b) => b.kind !== 'table-row'))).toEqual([
      'Närvarande',
      'Anna Andersson Ordförande (AA)',
      'Bo Berg Sekreterare (BB)',
      'Nästa möte hålls den 12 juni i stadshusets stora sal.',
    ]);
  });
});

describe('readPdf on § numbers hung in the margin', () => {
  it('reads "§ 14." beside a title and its indented paragraphs as running text, not a table', async () => {
    // an older protocol typed with a tab after the number and a hanging indent: the title and the
    // paragraphs under it keep to the text column, the number alone in the margin
    const body = 140;
    const paragraph = (first: string, rest: string[], top: number): FixtureText[] => rest.map((t, i) => ({ x: body, y: top - (i + 1) * PITCH, text: t, size: SIZE })).concat({ x: body, y: top, text: first, size: SIZE });
    const doc = await readPdf(makePdf([{ texts: [
      { x: LEFT, y: 700, text: '§ 14.', size: SIZE }, { x: body, y: 700, text: 'Ansökan om byggnadslov för ladugård', size: SIZE },
      ...paragraph('Lantbrukaren Nils Berg har hos nämnden ansökt om byggnadslov för', ['uppförande av en ladugårdsbyggnad om 24 x 12 meter.'], 680),
      ...paragraph('Nämnden beslöt att bevilja det sökta byggnadslovet i enlighet med', ['ingivna ritningar.'], 647),
      { x: LEFT, y: 610, text: '§ 15.', size: SIZE }, { x: body, y: 610, text: 'Ovårdad tomt', size: SIZE },
      ...paragraph('Byggnadsinspektören anmälde att å fastigheten förvaras ett flertal', ['bilvrak jämte annat skrot.'], 590),
    ] }]));
    expect(doc.blocks.filter((b) => b.kind === 'table-row')).toEqual([]);
    expect(texts(doc.blocks)[0]).toBe('§ 14. Ansökan om byggnadslov för ladugård');
  });
});

describe('readPdf on a table with column borders only', () => {
  it('finds its rows from the text: a new paragraph in the first column where no other column runs across', async () => {
    const xs = [60, 200, 420, 535];
    const at = (col: number, y: number, text: string, font: FixtureText['font'] = 'regular'): FixtureText => ({ x: xs[col]! + 5, y, text, size: 10, font });
    const content: FixtureText[] = [
      ...['Rubrik', 'Anteckning', 'Ansvarig'].map((t, i) => at(i, 745, t, 'bold')),
      at(0, 722, 'Budget'), at(1, 722, 'Budgeten för nästa år gås'), at(1, 710, 'igenom i sin helhet.'), at(2, 722, 'AA'),
      at(0, 686, 'Lokaler'), at(1, 686, 'Lokalfrågan utreds.'), at(2, 686, 'BB'),
      at(0, 662, 'Rekrytering av ny'), at(0, 650, 'enhetschef'), at(1, 662, 'Annons ute till den 1 maj.'), at(2, 662, 'CC'),
    ];
    const lines: [number, number, number, number][] = [
      [60, 760, 535, 760], [60, 738, 535, 738], [60, 640, 535, 640], // frame top, under the header, frame bottom
      ...xs.map((x): [number, number, number, number] => [x, 640, x, 760]),
    ];
    const doc = await readPdf(makePdf([{ texts: content, lines }]));
    const rows = doc.blocks.filter((b): b is TableRowBlock => b.kind === 'table-row');
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Rubrik', 'Anteckning', 'Ansvarig'],
      ['Budget', 'Budgeten för nästa år gås igenom i sin helhet.', 'AA'],
      ['Lokaler', 'Lokalfrågan utreds.', 'BB'],
      ['Rekrytering av ny enhetschef', 'Annons ute till den 1 maj.', 'CC'],
    ]);
    expect(rows[0]!.header).toBe(true);
  });
});



describe('a line that wrapped in a typewriter font', () => {
  const run = (text: string, x: number, width: number, font: string) => ({ text, x, y: 651, width, size: 11, bold: false, italic: false, font });
  const lineOf = (text: string, x0: number, x1: number, font: string) => ({
    text, x0, x1, y: 651, size: 11, bold: false, italic: false, underline: false, segments: [], runs: [run(text, x0, x1 - x0, font)], emWidth: 16.1,
  });
  const ctx = { leftEdge: 62.5, rightEdge: 537.5 } as Parameters<typeof endedShort>[2];
  const prevText = 'Att jämte ordföranden justera dagens protokoll utsågs Gösta Lind';
  const next = lineOf('(s) och Britt Ek (m).', 90.8, 229.4, 'CourierNewPSMT');

  it('goes on in the next line when the next word, at full character widths, would not have fitted', () => {
    expect(endedShort(lineOf(prevText, 90.8, 513.2, 'CourierNewPSMT') as never, next as never, ctx)).toBe(false);
  });

  it('ended short when the same gap is left in a proportional font, where the word would have fitted', () => {
    expect(endedShort(lineOf(prevText, 90.8, 513.2, 'LiberationSans') as never, next as never, ctx)).toBe(true);
  });
});
