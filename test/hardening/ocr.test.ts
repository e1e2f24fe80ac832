/**
 * Scanned protocols. Where tesseract with Swedish data and pdftoppm are installed, a page that is
 * only a picture is rendered and read by OCR, goes through the same layout as a text page, and
 * the record says so per page with the confidence; where they are not, the record says how to
 * enable OCR. Both paths run on every machine: the "not installed" one with a tesseract command
 * that really does not exist, the OCR one where the tools are there (skipped, and said so, where not).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OCR } from '../../src/limits/settings.js';
import { boldWords } from '../../src/ocr/boldness.js';
import { rulesFromImage } from '../../src/ocr/image-rules.js';
import { runsFromTsv } from '../../src/ocr/tsv.js';
import { ocrAvailability } from '../../src/ocr/tools.js';
import { extractRecord } from '../../src/pipeline.js';
import { readPdf } from '../../src/read/pdf.js';
import type { MinutesRecord } from '../../src/record/schema.js';
import { makePdf, type FixturePage } from '../read/pdf/make-pdf.js';
import { buildLines } from '../../src/read/pdf/lines.js';
import { MINUTES_LINES, minutesPage } from './support/corpus.js';
import { hasPdftoppm, pagesPdf, renderPage, speckle } from './support/pdf-files.js';
import { requirement } from '../support/requirements.js';

const ocrHere = requirement((await ocrAvailability('swe')).available && hasPdftoppm(), 'OCR: tesseract with Swedish data and pdftoppm (apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils)');
const NO_TESSERACT = { tesseract: 'protokoll-test-no-such-tesseract', pdftoppm: 'pdftoppm' };
const summary = (r: MinutesRecord) => ({
  date: r.meeting.date,
  items: r.items.map((i) => ({ title: i.title, decisions: i.decisions.map((d) => d.text), actions: i.actions.map((a) => a.text) })),
});

describe('scanned pages where OCR is not installed', () => {
  it('keeps the text pages, names the pages without text, and says how to enable OCR', async () => {
    const pdf = pagesPdf([{ lines: ['Protokoll Kulturnämnden', 'Datum: 2024-02-01'] }, { image: speckle(300, 424) }]);
    const doc = await readPdf(pdf, { ocr: DEFAULT_OCR, ocrCommands: NO_TESSERACT });
    expect(doc.blocks.map((b) => [b.text, b.page])).toEqual([
      ['Protokoll Kulturnämnden', 1],
      ['Datum: 2024-02-01', 1],
    ]);
    expect(doc.warnings).toEqual([
      'page 2 has no text layer (scanned or blank); its text is missing',
      'pages without a readable text layer (scans) could not be read by OCR: tesseract is not installed; to enable OCR, install it (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils)',
    ]);
  });

  it('names a missing language the same way', async () => {
    if (!ocrHere) return; // needs a tesseract that runs, to be asked for a language it lacks
    const doc = await readPdf(pagesPdf([{ image: speckle(300, 424) }]), { ocr: { ...DEFAULT_OCR, language: 'xyz' } });
    expect(doc.warnings).toContainEqual(expect.stringMatching(/could not be read by OCR: tesseract has no xyz language data; to enable OCR, install it/));
  });

  it('says OCR is off when it was turned off', async () => {
    const doc = await readPdf(pagesPdf([{ image: speckle(300, 424) }]), { ocr: { ...DEFAULT_OCR, mode: 'off' } });
    expect(doc.warnings).toEqual(['the PDF has no text layer (it is probably scanned); no text could be read', 'OCR is turned off (PROTOKOLL_OCR=off), so pages without a readable text layer were not read']);
  });
});

// pages are drawn with an embedded font (make-pdf.ts), so the picture is the same on every machine
const scanOf = (page: FixturePage, dpi: number, fonts: 'sans' | 'serif' = 'sans') => pagesPdf([{ image: renderPage(makePdf([page], { fonts }), dpi) }]);

describe.runIf(ocrHere)('scanned pages read by OCR (tesseract and pdftoppm installed)', { timeout: 60_000 }, () => {
  it('reads an image-only page into the same record as the same page with a text layer', async () => {
    const page = minutesPage();
    const scan = scanOf(page, 200);
    const pagesAnnounced: number[] = [];
    const fromScan = await extractRecord({ path: 'skannad.pdf', bytes: scan }, { onOcrPages: (n) => pagesAnnounced.push(n) });
    const fromText = await extractRecord({ path: 'text.pdf', bytes: makePdf([page]) });

    expect(pagesAnnounced).toEqual([1]); // the time limit is told before OCR starts
    const [warning] = fromScan.warnings;
    expect(warning).toMatch(/^page 1 was read by OCR \(mean confidence (\d+)%\)$/);
    expect(Number(/(\d+)%/.exec(warning!)![1])).toBeGreaterThan(80);
    expect(fromText.items.length).toBe(2);
    const scanned = summary(fromScan);
    const typed = summary(fromText);
    expect(scanned.date).toBe('2024-03-12');
    expect(scanned.items.map((i) => i.title)).toEqual(typed.items.map((i) => i.title));
    expect(scanned.items.map((i) => i.decisions)).toEqual(typed.items.map((i) => i.decisions));
    // every quote in the record is still a substring of the document's text (the contract)
    expect(JSON.stringify(fromScan)).toContain('Nämnden beslutar att godkänna förslaget');
  });

  it('reads only the scanned page of a mixed PDF, in page order, and says which page it was', async () => {
    const scannedLines = ['§ 2 Lokaler för hemtjänsten', 'Förvaltningen får i uppdrag att se över lokalerna.'];
    const pdf = pagesPdf([{ lines: MINUTES_LINES.slice(0, 5) }, { image: renderPage(makePdf([minutesPage(scannedLines)], { fonts: 'sans' }), 200) }, { lines: ['§ 3 Mötets avslutande', 'Ordföranden avslutar mötet.'] }]);
    const doc = await readPdf(pdf, { ocr: DEFAULT_OCR });
    const texts = doc.blocks.map((b) => `${b.page}: ${b.text}`);
    expect(texts[0]).toBe('1: Protokoll Socialnämnden');
    expect(texts).toContain('2: § 2 Lokaler för hemtjänsten');
    expect(texts.indexOf('2: § 2 Lokaler för hemtjänsten')).toBeGreaterThan(texts.indexOf('1: Ansvarig: Anna Berg, klart till den 30 april.'));
    expect(texts.at(-1)).toBe('3: Ordföranden avslutar mötet.');
    expect(doc.warnings).toEqual([expect.stringMatching(/^page 2 was read by OCR \(mean confidence \d+%\)$/)]);
  });

  it('reads a scanned action table: its borders found in the picture, each row an action with its owner', async () => {
    const cols = [60, 170, 350, 450, 540];
    const rows = [720, 700, 670, 640, 610];
    const cells = [
      ['Ärende', 'Åtgärd', 'Ansvarig', 'Klart senast'],
      ['Budget 2025', 'Ta fram ett förslag', 'Anna Berg', '2024-05-01'],
      ['Workshop', 'Boka en lokal', 'Erik Lund', '2024-04-15'],
      ['Nämnden', 'Skicka ut kallelse', 'Sara Ek', '2024-04-20'],
    ];
    const page: FixturePage = {
      texts: [
        { x: 60, y: 780, text: 'Minnesanteckningar ledningsgrupp', size: 16, font: 'bold' },
        { x: 60, y: 755, text: 'Datum: 2024-03-12' },
        ...cells.flatMap((row, r) => row.map((text, c) => ({ x: cols[c]! + 5, y: rows[r]! - 17, text, font: r === 0 ? ('bold' as const) : ('regular' as const) }))),
      ],
      lines: [...rows.map((y) => [cols[0]!, y, cols[4]!, y] as [number, number, number, number]), ...cols.map((x) => [x, rows[4]!, x, rows[0]!] as [number, number, number, number])],
    };
    const owners = (r: MinutesRecord) => r.items.flatMap((i) => [...i.actions, ...i.decisions].map((a) => [a.text, a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)]));
    const typed = await extractRecord({ path: 'tabell.pdf', bytes: makePdf([page]) });
    const scanned = await extractRecord({ path: 'skannad-tabell.pdf', bytes: scanOf(page, 200) });
    expect(owners(typed)).toHaveLength(3);
    expect(owners(scanned)).toEqual(owners(typed));
  });

  // tesseract reads "§" as "8", "$", "&" or "$&" and a 1 as "I" depending on font and resolution,
  // and its word boxes touch or overlap in tight text: neither may change what is read
  describe.each([
    ['sans', 150],
    ['sans', 300],
    ['serif', 150],
    ['serif', 300],
  ] as const)('a page set in %s, scanned at %i dpi', (fonts, dpi) => {
    it('reads the same items, decisions and words as its text layer', async () => {
      const page = minutesPage();
      const typed = await extractRecord({ path: 'text.pdf', bytes: makePdf([page], { fonts }) });
      const scanned = await extractRecord({ path: 'skannad.pdf', bytes: scanOf(page, dpi, fonts) });
      expect(summary(typed).items).toHaveLength(2);
      expect(summary(scanned).items.map((i) => i.title)).toEqual(summary(typed).items.map((i) => i.title));
      expect(summary(scanned).items.map((i) => i.decisions)).toEqual(summary(typed).items.map((i) => i.decisions));
      const text = scanned.items.map((i) => i.text).join(' ');
      for (const phrase of ['godkänna förslaget till budget', 'klart till den 30 april', 'får i uppdrag att se över lokalerna']) expect(text).toContain(phrase);
    });
  });

  it('reports a blank scanned page as a page without text, not as OCR text', async () => {
    const doc = await readPdf(pagesPdf([{ lines: ['Protokoll'] }, { image: { width: 300, height: 424, pixels: Buffer.alloc(300 * 424, 255) } }]), { ocr: DEFAULT_OCR });
    expect(doc.blocks.map((b) => b.page)).toEqual([1]);
    expect(doc.warnings).toEqual(['page 2 has no text layer (scanned or blank); its text is missing']);
  });
});

describe('OCR words as text runs (tesseract TSV)', () => {
  // the header and rows tesseract 5 writes; a title line, a body line, and a noise speck
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '4\t1\t1\t1\t1\t0\t300\t300\t900\t60\t-1\t',
    '5\t1\t1\t1\t1\t1\t300\t300\t400\t60\t95.1\tProtokoll',
    '5\t1\t1\t1\t1\t2\t720\t300\t480\t60\t93.0\tKommunstyrelsen',
    '4\t1\t2\t1\t1\t0\t300\t500\t700\t48\t-1\t',
    '5\t1\t2\t1\t1\t1\t300\t500\t30\t40\t61.2\t8',
    '5\t1\t2\t1\t1\t2\t350\t500\t30\t40\t90.0\t12',
    '5\t1\t2\t1\t1\t3\t400\t500\t300\t48\t88.5\tBudgetuppföljning',
    '4\t1\t3\t1\t1\t0\t1000\t900\t10\t10\t-1\t',
    '5\t1\t3\t1\t1\t1\t1000\t900\t10\t10\t4.0\t~',
  ].join('\n');

  const row = (line: number, word: number, left: number, width: number, conf: number, text: string) => `5\t1\t1\t1\t${line}\t${word}\t${left}\t300\t${width}\t40\t${conf}\t${text}`;
  const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

  it.each([['8'], ['$'], ['&'], ['$&'], ['S']])('restores § from %s in a one-glyph box before a paragraph number and a title', (mark) => {
    const tsv = [header, row(1, 1, 300, 30, 90, mark), row(1, 2, 350, 20, 90, 'I'), row(1, 3, 400, 300, 95, 'Budget')].join('\n');
    expect(runsFromTsv(tsv, 300, 842).runs.map((r) => r.text)).toEqual(['§', '1', 'Budget']);
  });

  it('leaves an 8 or an S that is text as it is', () => {
    const wide = [header, row(1, 1, 300, 120, 90, 'S'), row(1, 2, 450, 30, 90, '12'), row(1, 3, 500, 300, 95, 'Budget')].join('\n');
    const noTitle = [header, row(1, 1, 300, 30, 90, '8'), row(1, 2, 350, 30, 90, '12'), row(1, 3, 400, 100, 95, 'kronor')].join('\n');
    expect(runsFromTsv(wide, 300, 842).runs.map((r) => r.text)).toEqual(['S', '12', 'Budget']);
    expect(runsFromTsv(noTitle, 300, 842).runs.map((r) => r.text)).toEqual(['8', '12', 'kronor']);
  });

  it('keeps a word read right but scored 0 on a line read with confidence, and drops a low mark', () => {
    const words: [string, number][] = [['Förvaltningen', 96], ['får', 95], ['i', 96], ['uppdrag', 96], ['att', 0], ['se', 0], ['över', 95], ['lokalerna', 96], ['~', 3]];
    const tsv = [header, ...words.map(([text, conf], i) => row(1, i + 1, 300 + i * 100, 90, conf, text))].join('\n');
    expect(runsFromTsv(tsv, 300, 842).runs.map((r) => r.text)).toEqual(words.slice(0, -1).map(([text]) => text));
    // on a line tesseract is unsure of, a word scored 0 stays out
    const unsure = [header, row(1, 1, 300, 90, 5, 'ee'), row(1, 2, 400, 90, 30, 'Budget')].join('\n');
    expect(runsFromTsv(unsure, 300, 842).runs.map((r) => r.text)).toEqual(['Budget']);
  });

  it('separates OCR words by a space even where their boxes touch or overlap', () => {
    const tsv = [header, row(1, 1, 300, 160, 95, 'förslaget'), row(1, 2, 455, 50, 95, 'till'), row(1, 3, 506, 100, 95, 'budget.')].join('\n');
    expect(buildLines(runsFromTsv(tsv, 300, 842).runs).map((l) => l.text)).toEqual(['förslaget till budget.']);
  });

  it('places each word in points on its line, restores § before a paragraph number, and drops noise', () => {
    const { runs, words, confidence } = runsFromTsv(tsv, 300, 842);
    expect(runs.map((r) => r.text)).toEqual(['Protokoll', 'Kommunstyrelsen', '§', '12', 'Budgetuppföljning']);
    expect(words).toBe(5);
    expect(confidence).toBeCloseTo((95.1 + 93.0 + 61.2 + 90.0 + 88.5) / 5, 5);
    expect(runs[0]!.x).toBeCloseTo(72, 5); // 300 px at 300 dpi is one inch
    expect(new Set(runs.slice(0, 2).map((r) => r.y)).size).toBe(1); // one baseline per line
    expect(runs[0]!.y).toBeGreaterThan(runs[2]!.y); // y grows upwards, as in PDF space
    expect(runs[0]!.size).toBeGreaterThan(runs[2]!.size); // the title line is larger
  });
});

describe('what a scan shows, from its pixels', () => {
  const blank = (width: number, height: number) => ({ width, height, pixels: new Uint8Array(width * height).fill(255) });
  const fill = (img: { width: number; pixels: Uint8Array }, x0: number, y0: number, x1: number, y1: number, value = 0) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) img.pixels[y * img.width + x] = value;
  };

  it('finds table borders (grey ones too) as rules in points, and neither letters nor filled areas', () => {
    const img = blank(600, 600); // 100 dpi: 6 x 6 inches
    fill(img, 50, 100, 550, 102); // a border across, 5 in long
    fill(img, 50, 300, 550, 302, 180); // a light grey one
    fill(img, 50, 100, 52, 302); // a border down, 2 in long
    fill(img, 100, 400, 112, 415); // a letter-sized blot
    fill(img, 200, 450, 500, 550); // a logo: a large filled area
    const rules = rulesFromImage(img, 100, 432); // the page is 6 in = 432 pt high
    const rounded = rules.map((r) => [r.x0, r.y0, r.x1, r.y1].map((v) => Math.round(v)));
    expect(rounded).toContainEqual([36, 359, 396, 359]);
    expect(rounded).toContainEqual([36, 215, 396, 215]);
    expect(rounded).toContainEqual([37, 215, 37, 360]);
    expect(rules).toHaveLength(3);
  });

  it('tells bold lines and bold words by their ink', () => {
    const img = blank(1000, 400);
    const word = (left: number, top: number, text: string, inkShare: number) => {
      const box = { left, top, width: 80, height: 20, text };
      fill(img, left, top, left + 80, top + Math.round(20 * inkShare)); // ink covering that share of the box
      return box;
    };
    const lines = [
      [word(0, 0, 'Nämnden', 0.25), word(100, 0, 'beslutar', 0.25), word(200, 0, 'enligt', 0.25), word(300, 0, 'förslaget', 0.25)],
      [word(0, 50, 'Budget', 0.4), word(100, 50, 'och', 0.4), word(200, 50, 'uppföljning', 0.4)],
      [word(0, 100, 'Beslut:', 0.45), word(100, 100, 'förslaget', 0.25), word(200, 100, 'godkänns', 0.25), word(300, 100, 'härmed', 0.25)],
      [word(0, 150, 'Mötet', 0.2), word(100, 150, 'avslutas', 0.25), word(200, 150, 'klockan', 0.25), word(300, 150, 'sexton', 0.25)],
    ];
    expect(boldWords(lines, img)).toEqual([
      [false, false, false, false],
      [true, true, true],
      [true, false, false, false],
      [false, false, false, false],
    ]);
  });
});
