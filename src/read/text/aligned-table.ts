/**
 * Tables in text laid out by position (`pdftotext -layout`, a table copied as spaced text): a
 * header line of column titles spread over the line ("Aktivitet      Ansvarig    Klar senast
 * Status", "Nr Punkt        Noteringar       Ansvarig   Klart"), the rows under it with each
 * cell's text set under its title. Two or more spaces separate cells, one space the words of a
 * cell; each cell goes to the column whose title starts nearest to it (titles sit only roughly
 * over their cells). A row starts at a line with text in the first column that begins with a
 * capital or a digit, in more than one column (or a number alone); the lines under it with text
 * only in other columns, or in lower case, wrap its cells. The table goes on over empty lines
 * between rows and over a page break where its header comes again (page furniture above it), and
 * ends at the first line that is not one of its rows.
 */
import { makeCell, rowText, type TableRowBlock } from '../../model/document.js';
import type { TextGroup } from './groups.js';
import type { TextLine } from './lines.js';
import { ENDS_MID_PHRASE, PARTICIPANT_TABLE_COLUMNS, columnKey, columnRole, type TableColumnRole } from '../../lexicon/index.js';
import { headerOf, lineColumns, type TableHeader } from './table-header.js';

interface Columns {
  header: TableHeader;
  /** where each column's title starts in the line */
  starts: number[];
}

/** The header's columns with where each starts, or null when the line is no spaced-out header. */
export function alignedHeader(line: TextLine): Columns | null {
  if (!/\S {3,}\S/.test(line.raw)) return null;
  // the titles as the spaces set them apart ("Ärende och anteckningar   Vad ska göras"), else word by word
  const spaced = line.raw.trim().split(/\s{2,}/u);
  // (one title of four or more the lexicon does not know, "Synpunkt  Inkom från  Hanteras av  Återrapport",
  // is a column all the same: the others make the line a header)
  const known = spaced.filter((t) => columnRole(t) !== null).length;
  // ("Namn   Sign.   Funktion   Närv.": who came, one a row, read as a table for the header to take)
  const people = participantHeader(spaced);
  const titles = people ? spaced : spaced.length >= 2 && (known === spaced.length || (spaced.length >= 4 && known === spaced.length - 1 && columnRole(spaced[0]!) !== null)) ? spaced : lineColumns(line.text);
  if (!titles || titles.length < 2) return null;
  const header = people ?? headerOf(titles, 1);
  if (!header) return null;
  const starts: number[] = [];
  let from = 0;
  for (const t of titles) {
    // "Åtgärd/beslut" is written "Åtgärd / beslut": find a title by its first word
    const at = line.raw.indexOf(t.split(/[ /]/)[0]!, from);
    if (at < 0) return null;
    starts.push(at);
    from = at + t.length;
  }
  return { header, starts };
}

/**
 * A participant table's titles ("Namn | Sign. | Funktion | Närv."): a name column and columns the
 * participant list knows; its rows are read as a table's (the name as the row's subject, the
 * attendance as its status), for the segment stage to read as people.
 */
function participantHeader(titles: string[]): TableHeader | null {
  const kinds = titles.map((t) => (Object.keys(PARTICIPANT_TABLE_COLUMNS) as (keyof typeof PARTICIPANT_TABLE_COLUMNS)[]).find((k) => PARTICIPANT_TABLE_COLUMNS[k].test(t.replace(/:$/u, '').trim())));
  if (titles.length < 2 || kinds[0] !== 'name' || kinds.some((k) => k === undefined)) return null;
  const roles = kinds.map((k): TableColumnRole => (k === 'name' ? 'title' : k === 'attendance' ? 'status' : 'notes'));
  return { columns: titles, roles, key: titles.map(columnKey).join('|'), groupCount: 1, hasOwnerColumn: false };
}

/** The words of a line with where each starts and how many spaces come before it. */
function words(raw: string): { text: string; at: number; gap: number }[] {
  return [...raw.matchAll(/( *)(\S+)/g)].map((m) => ({ text: m[2]!, at: m.index! + m[1]!.length, gap: m[1]!.length }));
}

interface Chunk { at: number; end: number; words: string[] }

/**
 * A line cut where two or more spaces separate its text: one chunk a cell (inside a cell the
 * words are one space apart). A chunk that runs on over a column's start, its last word or two
 * starting right there, holds two cells squeezed together ("bygget. GL"): it is cut there.
 */
function chunks(raw: string, starts: number[]): Chunk[] {
  const out: Chunk[] = [];
  for (const w of words(raw)) {
    const last = out[out.length - 1];
    if (last && w.gap < 2) {
      last.words.push(w.text);
      last.end = w.at + w.text.length;
      continue;
    }
    out.push({ at: w.at, end: w.at + w.text.length, words: [w.text] });
  }
  const nearest = (at: number) => starts.reduce((best, s) => (Math.abs(s - at) < Math.abs(best - at) ? s : best), starts[0]!);
  return out.flatMap((c) => {
    // the cut is taken where the chunk's head sits under an earlier column than the one it runs into
    const over = starts.filter((s) => c.at < s - SQUEEZE && c.end > s);
    if (over.length !== 1 || nearest(c.at) >= over[0]!) return [c];
    const s = over[0]!;
    let at = c.at;
    const cut = c.words.findIndex((w, i) => {
      if (i > 0) at += c.words[i - 1]!.length + 1;
      // ("… i appen Emelie" with "Emelie" two characters left of "Vem": a name, the line's last word, squeezed in further)
      return i > 0 && (Math.abs(at - s) <= SQUEEZE || (s - at === 2 && i === c.words.length - 1 && /^\p{Lu}\p{Ll}/u.test(w)));
    });
    if (cut <= 0 || c.words.length - cut > 2) return [c];
    const head = c.words.slice(0, cut).join(' ');
    return [
      { at: c.at, end: c.at + head.length, words: c.words.slice(0, cut) },
      { at: c.at + head.length + 1, end: c.end, words: c.words.slice(cut) },
    ];
  });
}

/** How far (characters) a squeezed cell may start from its column's title. */
const SQUEEZE = 1;

/**
 * A chunk that starts in one column and runs on over the next one's start: the line is running
 * text, not set in these columns.
 */
function spansColumns(raw: string, starts: number[]): boolean {
  // (a chunk that starts nearer the column it runs into than any other is that column's cell,
  // set a little left of its title: "Ärende   Åtgärd" over "Skyltning vid      Ta in offert")
  // (a narrow number column: "Uppdrag 3 och 4 står kvar på listan." under rows "1    Sammanställa …"
  // starts under the number and runs far into the next column, a sentence and no cell; a row's
  // number squeezed against its text, "10 Ta fram", is still the row's)
  const nearest = (at: number) => starts.reduce((best, s) => (Math.abs(s - at) < Math.abs(best - at) ? s : best), starts[0]!);
  const runsOver = (c: Chunk, s: number) => c.end > s + 1 && nearest(c.at) !== s && (c.at < s - NEAR || (c.at < s && c.end > s + NEAR && !NUMBER.test(c.words[0]!)));
  return chunks(raw, starts).some((c) => starts.some((s) => runsOver(c, s)));
}

/** How far (characters) a cell may start from where its column's title does: titles are not always set over their cells. */
const NEAR = 6;

/**
 * A line's text per column ('' where it has none): each chunk goes to the column whose title
 * starts nearest to it, after the column of the chunk before it.
 */
function split(raw: string, starts: number[]): string[] {
  const out = starts.map(() => [] as string[]);
  let previous = -1;
  for (const c of chunks(raw, starts)) {
    let best = -1;
    for (let k = previous + 1; k < starts.length; k++) {
      if (best === -1 || Math.abs(starts[k]! - c.at) < Math.abs(starts[best]! - c.at)) best = k;
    }
    // a chunk right of the last column's start, or one with no column left: the last column
    const k = best === -1 ? starts.length - 1 : best;
    out[k]!.push(c.words.join(' '));
    previous = k;
  }
  return out.map((ws) => ws.join(' '));
}

export interface AlignedTable {
  /** group and line where the header is */
  start: { group: number; line: number };
  /** group and line of the first line after the table */
  end: { group: number; line: number };
  rows: TableRowBlock[];
}

const NUMBER = /^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*(?:\s?[a-h])?[.)]?$/u;

/**
 * The spaced-out table whose header is line `line` of group `g`, read up to its end (over page
 * breaks where its header repeats).
 */
export function readAlignedTable(groups: TextGroup[], g: number, line: number, table: number, pagesKnown: boolean): AlignedTable | null {
  let columns = alignedHeader(groups[g]!.lines[line]!);
  if (!columns) return null;
  const key = columns.header.key;
  const numbered = columns.header.roles[0] === 'number';
  // where the first row starts with its number ("1. Mötets öppnande"), every row does: a line
  // with words in the first column and no number wraps the title above it
  let rowsNumbered: boolean | null = null;
  const isRowStart = (raw: string): boolean => {
    if (!startsRowIn(raw, columns!.starts, numbered)) return false;
    return !rowsNumbered || /^(?:§\s*)?\d/u.test(split(raw, columns!.starts)[0]!);
  };
  const cellsOf = (texts: string[][]) => texts.map((lines) => makeCell(lines));
  const headerCells = cellsOf(columns.header.columns.map((c) => [c]));
  const first = groups[g]!.lines[line]!;
  const rows: TableRowBlock[] = [
    { kind: 'table-row', cells: headerCells, text: rowText(headerCells), page: pagesKnown ? first.page : null, style: {}, table, header: true },
  ];
  let current: { lines: string[][]; page: number } | null = null;
  const flush = () => {
    if (!current) return;
    const cells = cellsOf(current.lines);
    rows.push({ kind: 'table-row', cells, text: rowText(cells), page: pagesKnown ? current.page : null, style: {}, table });
    current = null;
  };

  let gi = g;
  let li = line + 1;
  for (;;) {
    const group = groups[gi]!;
    if (li >= group.lines.length) {
      // the group ended: the table goes on where the next block starts a row in the same columns
      // (an empty line between rows), or where the same header comes again on the next page
      // (the rows before that header are read first, not stepped over)
      const following = groups[gi + 1];
      const firstLine = following?.lines.find((x) => x.text);
      if (following && firstLine && !following.pageStart && isRowStart(firstLine.raw)) {
        gi++;
        li = 0;
        continue;
      }
      const next = repeatedHeaderAt(groups, gi + 1, key);
      if (next) {
        gi = next.group;
        li = next.line + 1;
        columns = next.columns;
        continue;
      }
      // (at the top of a new page without the header again, only a line set exactly in the
      // columns: the page's running header is not a row)
      const after = groups[gi + 1]?.lines.find((x) => x.text);
      if (after && isRowStart(after.raw) && (!groups[gi + 1]!.pageStart || setExactly(after.raw, columns.starts))) {
        gi++;
        li = 0;
        continue;
      }
      flush();
      return { start: { group: g, line }, end: { group: gi + 1, line: 0 }, rows };
    }
    const l = group.lines[li]!;
    if (!l.text) { li++; continue; }
    if (spansColumns(l.raw, columns.starts)) {
      // running text right under the table, its words across the columns: the table has ended
      flush();
      return { start: { group: g, line }, end: { group: gi, line: li }, rows };
    }
    const texts = split(l.raw, columns.starts);
    // ("6. Lucia och advent" after the rows of a table whose rows have no numbers: the minutes'
    // next numbered point, alone on its line, ends the table)
    // ("1.    Mötets öppnande" after a participant table: its title set apart by spaces, it is no row either)
    if (rowsNumbered === false && NUMBERED_POINT.test(l.raw) && (texts.filter(Boolean).length === 1 || /^\d/u.test(l.raw))) {
      flush();
      return { start: { group: g, line }, end: { group: gi, line: li }, rows };
    }
    // ("Hållplatsen vid" over "Norrbyvägen": a first cell that ends in a preposition or "och" goes
    // on, where the line names no owner and no date of its own: with them it is a row)
    const roles = columns.header.roles;
    const followUp = texts.some((t, k) => t && (roles[k] === 'owner' || roles[k] === 'deadline'));
    const titleGoesOn = current !== null && !followUp && ENDS_MID_PHRASE.test(current.lines[0]?.at(-1) ?? '');
    // ("Skymd sikt i korsningen  Boende via  Gatuenheten  Under hösten" over "Björkvägen/Ringvägen, häck
    // kommunens webb": a line with no owner or date under a row that has them, its other cells going
    // on in lower case, wraps that row's cells)
    const rowFollowedUp = current !== null && current.lines.some((ls, k) => ls.length > 0 && (roles[k] === 'owner' || roles[k] === 'deadline'));
    const rest = texts.slice(1).filter(Boolean);
    const wrapsCells = rowFollowedUp && !followUp && rest.length > 0 && rest.every((t) => /^\p{Ll}/u.test(t));
    const startsRow = isRowStart(l.raw) && !titleGoesOn && !wrapsCells;
    if (startsRow && rowsNumbered === null) rowsNumbered = /^(?:§\s*)?\d/u.test(texts[0]!);
    if (startsRow || !current) {
      flush();
      current = { lines: texts.map((t) => (t ? [t] : [])), page: l.page };
    } else {
      texts.forEach((t, k) => {
        if (t) current!.lines[k]!.push(t);
      });
    }
    li++;
  }
}

/** A numbered point of the minutes at the start of a line: "6. Lucia och advent", "§ 14 Budget". */
const NUMBERED_POINT = /^(?:\d{1,2}[.)]|§\s*\d{1,4})\s+\p{Lu}/u;

/** Every cell of the line starts where a column's title does. */
function setExactly(raw: string, starts: number[]): boolean {
  return chunks(raw, starts).every((c) => starts.some((s) => Math.abs(c.at - s) <= 2));
}

/**
 * Whether a line starts a row: text in the first column that begins with a capital or a digit,
 * in more than one column (or a number alone in a numbered table), set in the columns.
 */
function startsRowIn(raw: string, starts: number[], numbered: boolean): boolean {
  if (spansColumns(raw, starts)) return false;
  const texts = split(raw, starts);
  const first = texts[0]!;
  const filled = texts.filter(Boolean).length;
  return first !== '' && /^[\p{Lu}\d§#]/u.test(first) && (filled >= 2 || (numbered && NUMBER.test(first)));
}

/** The same header again after page furniture at the top of the next page, or null. */
function repeatedHeaderAt(groups: TextGroup[], from: number, key: string): { group: number; line: number; columns: Columns } | null {
  for (let gi = from; gi < Math.min(groups.length, from + 3); gi++) {
    const group = groups[gi]!;
    for (let li = 0; li < Math.min(group.lines.length, 3); li++) {
      const columns = alignedHeader(group.lines[li]!);
      if (columns && columns.header.key === key) return { group: gi, line: li, columns };
      // ("4. Kommunen" over the same header: the next point's own table, no page of this one)
      if (NUMBERED_POINT.test(group.lines[li]!.text)) return null;
    }
    // only furniture (a running header line, a page number) may come before it, on a new page
    if (!groups.slice(from, gi + 1).some((x) => x.pageStart)) return null;
  }
  return null;
}

