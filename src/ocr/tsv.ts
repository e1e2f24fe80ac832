/**
 * tesseract's TSV output (one row per page, block, paragraph, line and word, each word with its
 * box and confidence) made into blocks of the one document model: one block per line of text,
 * with `gapBefore` where tesseract starts a new paragraph, the way the plain-text reader gives
 * lines it could not join. The stages after the readers join such lines into paragraphs and find
 * headings and tables in them as they do for plain text. Pure: text in, blocks out.
 */
import { normaliseSpace, type Block } from '../model/document.js';

export interface OcrPageText {
  blocks: Block[];
  /** words recognised (noise left out) */
  words: number;
  /** mean confidence of those words, 0..100; null when there were none */
  confidence: number | null;
}

interface Word {
  text: string;
  conf: number;
}

/** Words tesseract is this unsure of are noise (specks, rules, a stamp's edge), not text. */
const NOISE_CONFIDENCE = 10;

export function blocksFromTsv(tsv: string, page: number): OcrPageText {
  const lines = new Map<string, { paragraph: string; words: Word[] }>();
  const rows = tsv.split(/\r?\n/);
  const header = rows.shift()?.split('\t') ?? [];
  const col = (name: string) => header.indexOf(name);
  const [level, block, par, line, conf, text] = ['level', 'block_num', 'par_num', 'line_num', 'conf', 'text'].map(col) as [number, number, number, number, number, number];
  if ([level, block, par, line, conf, text].some((i) => i < 0)) return { blocks: [], words: 0, confidence: null };

  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[level] !== '5') continue;
    const word = normaliseSpace(cells[text] ?? '');
    const confidence = Number(cells[conf]);
    if (!word || !Number.isFinite(confidence) || confidence < NOISE_CONFIDENCE) continue;
    const paragraph = `${cells[block]}.${cells[par]}`;
    const key = `${paragraph}.${cells[line]}`;
    let entry = lines.get(key);
    if (!entry) lines.set(key, (entry = { paragraph, words: [] }));
    entry.words.push({ text: word, conf: confidence });
  }

  const blocks: Block[] = [];
  const kept: Word[] = [];
  let lastParagraph: string | null = null;
  for (const { paragraph, words } of lines.values()) {
    // a line of lone marks (a table border read as "|", a smudge read as "—") carries no text
    if (!words.some((w) => /[\p{L}\p{N}]/u.test(w.text))) continue;
    const lineText = normaliseSpace(words.map((w) => w.text).join(' '));
    blocks.push({
      kind: 'paragraph',
      text: lineText,
      page,
      style: {},
      line: true,
      ...(lastParagraph !== null && paragraph !== lastParagraph ? { gapBefore: true } : {}),
    });
    lastParagraph = paragraph;
    kept.push(...words);
  }
  const confidence = kept.length ? kept.reduce((sum, w) => sum + w.conf, 0) / kept.length : null;
  return { blocks, words: kept.length, confidence };
}
