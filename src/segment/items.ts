/**
 * Agenda items in running minutes: numbered headings ("3.", "§ 45", "1.2") in sequence, or,
 * where nothing is numbered, headings by their look (a heading style, a bold short line, or in
 * plain text a short line of its own after a gap). Each item owns the blocks up to the next one.
 */
import { ATTENDANCE_LABELS, BACK_REFERENCE, DECISION_LEAD_IN_LINE, ENDS_MID_PHRASE, GROUPING_TITLES, ITEM_PART_LABEL, LINE_LABEL, PAGE_FURNITURE, SIGNATURE_LABELS, TASK_LIST_TITLES, CLOSING_BLOCK_TITLES, TRAILING_SECTION_TITLES, VOTE_COLUMN_TITLES, isColumnTitleLine, isWholeColumnTitle } from '../lexicon/index.js';
import type { Block } from '../model/document.js';
import { NOTE_NUMBER, NUMBER_ALONE, pointMarker, timeSlot, typedHeading } from './rules/index.js';
import { BARE_SECTION, REGISTRATION_LINE, SECTION_THEN_REST, headingIsOpen, looksNumberedHeading, parseHeading, type HeadingParts } from './headings.js';
import type { SegmentedItem } from './types.js';

interface Heading {
  /** first block of the heading */
  index: number;
  /** blocks the heading takes (2 when a plain-text heading wrapped) */
  span: number;
  parts: HeadingParts;
}

const isFurniture = (b: Block) => PAGE_FURNITURE.some((re) => re.test(b.text));

/** What a block looks like, to find other headings dressed the same way. */
function signature(b: Block): string {
  return [b.kind, b.style.headingLevel ?? '', b.style.bold ? 'b' : '', b.style.italic ? 'i' : '', b.style.size ? Math.round(b.style.size) : ''].join('/');
}
/** A heading style, a bold line, or a short line in capitals ("BIDRAG TILL FÖRENINGAR", older minutes). */
const isStyledHeading = (b: Block) => b.kind === 'heading' || (b.style.bold === true && !b.style.italic) || isUpperCaseLine(b.text);
const isUpperCaseLine = (t: string) => t.length <= 80 && /\p{Lu}{3}/u.test(t) && !/\p{Ll}/u.test(t);
const hasStyles = (blocks: Block[]) => blocks.some((b) => b.kind === 'heading' || b.style.bold !== undefined || b.style.size !== undefined);

/**
 * A short label that opens a section of the minutes ("Information:", "Dialog:"), not an item. A
 * label in capitals ("SOMMARSCHEMAT:") titles a point of minutes typed in an e-mail or a plain
 * editor, as a heading does.
 */
export function isSectionLabel(b: Block): boolean {
  return b.kind !== 'table-row' && /^[\p{L} /-]{2,30}:$/u.test(b.text) && b.text.split(/\s+/).length <= 3 && !isUpperCaseLine(b.text)
    // "Att göra:", "Beslut:", "Ansvarig:" label lines inside an item, not sections of the minutes
    && !LINE_LABEL.test(b.text)
    // "Nämnden beslutar:" opens the points of a decision, it labels no section
    && !/(?<![\p{L}])(?:beslutar|beslutade|beslöt|föreslår|föreslås)(?![\p{L}])/iu.test(b.text);
}

/** a page's running header between a number and its title: furniture, a date alone, the document's type in capitals */
const isPageHeaderLine = (b: Block) => b.kind !== 'table-row' && (isFurniture(b) || /^(?:19|20)\d\d-\d\d-\d\d$/u.test(b.text) || /^(?:SAMMANTRÄDES|MÖTES)?PROTOKOLL$/u.test(b.text));

/**
 * "DETALJPLAN FÖR KV. SMEDJAN ⇥ § 62", "Val av justerare ⇥ § 61", "Kvalitetsuppföljning ⇥ Au § 16":
 * a title with its number set after it at the right margin, the body's short name before it or
 * not ("Au", "KS": "NORRBY" is the title's last word). A title opens with a capital and holds
 * no sentence's end; a line that ends in a reference ("… enligt KS § 45", "… i § 12") is running text,
 * and one that names the § after a comma an attendance list's entry ("Patrik Borg, produktionschef, § 7").
 */
const TITLE_THEN_SECTION = /^(\p{Lu}(?:(?![.!?]\s+\p{Lu}\p{Ll})[^§]){2,99}?)\s+((?:\p{Lu}{1,3}\s+|\p{Lu}\p{Ll}{1,4}\s+)?§\s*\d{1,4}(?:\s?[a-z])?)$/u;
// ("Eva Sundqvist (S), utom § 30", "ej § 66": who sat out a § in the header's list, no title)
const ENDS_IN_REFERENCE = /(?:^|\s)(?:i|enligt|jfr|se|och|samt|under|av|till|från|med|om|på|vid|utom|förutom|ej|ej närvarande)$/u;
function titleThenSection(text: string): string | null {
  // (every line of the document passes here, and few hold a §)
  const m = text.includes('§') ? TITLE_THEN_SECTION.exec(text) : null;
  // ("X, ej § 66": an attendance table's mark for who sat out a §, no title: a title has a word)
  return m && !ENDS_IN_REFERENCE.test(m[1]!) && !/[,;:]$/u.test(m[1]!) && /\p{L}{3}/u.test(m[1]!) ? `${m[2]} ${m[1]}` : null;
}

/**
 * "VAL AV JUSTERARE" over "§ 58" over the text: the number's title is the uppercase line before
 * it, unless a title follows it ("§ 78" over "Val av justerare") or the line before is a diary
 * number ("BUN 2025/68" at the end of a dagordning). A title in ordinary case ("Val av justerare"
 * over "VN § 7 <tab> Dnr …") stands before its number the same way, where the line before it
 * closes the item before.
 */
function titleTypedBefore(blocks: Block[], i: number): number {
  // ("HEMSTÄLLAN OM TILLÄGGSANSLAG" / "Dnr 88.052" / "§ 61": its diary number between them)
  let t = i - 1;
  while (t > 0 && t >= i - 2 && REGISTRATION_LINE.test(blocks[t]!.text) && !isUpperCaseLine(blocks[t]!.text)) t--;
  const before = blocks[t];
  // (a diary number is no title; "SKOLSKJUTSAR LÄSÅRET 1988/89" is one)
  // ("PROTOKOLL" over "§ 52.": the page's header, no title)
  if (!before || before.kind === 'table-row' || isPageHeaderLine(before) || !(isUpperCaseLine(before.text) || isTitleOverNumber(blocks, t)) || (/\d[/.:-]\d/u.test(before.text) && (before.text.match(/\p{L}{3,}/gu) ?? []).length < 2)) return -1;
  let k = i + 1;
  while (k < blocks.length && k <= i + 2 && REGISTRATION_LINE.test(blocks[k]!.text)) k++;
  const after = blocks[k];
  // (a first line of running text that goes on in lower case is no title: "Fritidsnämnden har hemställt om … som" / "heltidstjänst …")
  const goesOn = blocks[k + 1] !== undefined && !blocks[k + 1]!.gapBefore && /^\p{Ll}/u.test(blocks[k + 1]!.text);
  // (a bold title may run longer: "Bidrag till Hästholma hembygdsförening för takrenovering av
  // Kvarnstugan" under "§ 30 Dnr KS 2016/0040", the last recipient of § 29 over it)
  const titleAfter = after !== undefined && after.kind !== 'table-row' && after.text.length <= (after.style?.bold ? 120 : 60) && /^\p{Lu}/u.test(after.text) && !/[.:,;]$/u.test(after.text) && !goesOn;
  if (titleAfter) return -1;
  // "Beslutet skickas till" / "Brännlunds Åkeri AB" / "Ekonomiavdelningen" over "§ 28" over a
  // wrapped title: the last entry of the item before's list, where a title follows the number
  const mayTitleAfter = after !== undefined && after.kind !== 'table-row' && after.text.length <= 120 && /^\p{Lu}/u.test(after.text) && !/[.:,;]$/u.test(after.text);
  return mayTitleAfter && isListEntryUnderPartLabel(blocks, t) ? -1 : t;
}

/** Whether the line at t is one of the short lines listed under an item's part label ("Beslutsunderlag", "Beslutet skickas till"). */
function isListEntryUnderPartLabel(blocks: Block[], t: number): boolean {
  for (let j = t - 1; j >= 0 && j >= t - 8; j--) {
    const b = blocks[j]!;
    if (b.kind === 'table-row' || b.text.length > 80 || /[.!?]$/u.test(b.text)) return false;
    if (ITEM_PART_LABEL.test(b.text)) return true;
  }
  return false;
}

/**
 * "Lokaler och öppettider för förtidsröstning" over its number line: a short capitalised line with
 * no sentence's end, no label, no page furniture, after a line that does not run on into it (one
 * ending in "och", "att", "för": a sentence wrapped at its last word).
 */
function isTitleOverNumber(blocks: Block[], t: number): boolean {
  const b = blocks[t]!;
  // ("Expedieras till: Livsmedelsverket, akten": a label and its value)
  if (b.text.length > 100 || !/^\p{Lu}/u.test(b.text) || /[.:;,!?]$/u.test(b.text) || /^[\p{L} /-]{2,40}:\s/u.test(b.text) || isFurniture(b) || isPageHeaderLine(b)) return false;
  if (LINE_LABEL.test(b.text) || ITEM_PART_LABEL.test(b.text) || DECISION_LEAD_IN_LINE.test(b.text) || SIGNATURE_LABELS.test(b.text) || REGISTRATION_LINE.test(b.text)) return false;
  const prev = blocks[t - 1];
  return !prev || prev.kind === 'table-row' || !ENDS_MID_PHRASE.test(prev.text);
}

/** The title typed before a number line with its diary number ("VN § 9 <tab> Dnr …"), not a heading's already: its index, or -1. */
function titleBeforeRegistered(blocks: Block[], i: number, taken: Heading[]): number {
  const at = titleTypedBefore(blocks, i);
  return at >= 0 && !taken.some((h) => h.index + h.span > at) ? at : -1;
}

/** "UPPRUSTNING AV GATUBELYSNINGEN PÅ" / "NORRA INDUSTRIOMRÅDET": an uppercase title wrapped to a second line */
function continuesUpperCaseTitle(title: Block, next: Block | undefined): boolean {
  return next !== undefined && next.kind !== 'table-row' && !next.gapBefore && isUpperCaseLine(title.text) && isUpperCaseLine(next.text) && `${title.text} ${next.text}`.length <= 120;
}

const isBareNumberAt = (blocks: Block[], i: number) => blocks[i] !== undefined && blocks[i]!.kind !== 'table-row' && BARE_SECTION.test(blocks[i]!.text);

/** "§ 14 Anmälningar.": a § line of a short title closed by a full stop */
const SHORT_TITLE_WITH_STOP = /^(?:\p{Lu}\p{L}{1,5}\s+)?§\s*\d{1,4}\.?\s+\p{Lu}[^.!?]{1,50}\.$/u;

/** Numbered headings that follow each other: 1, 2, 3 (with 2.1 under 2), or § 45, § 46, ... */
export function numberedHeadings(blocks: Block[], from: number): Heading[] {
  const out: Heading[] = [];
  // "§ 14 Anmälningar.", "§ 19 Socialhjälpsnormer 1978.": a typed protocol that closes its titles
  // with a full stop (three lines at least), where a longer title may end so too
  const titlesEndInFullStop = blocks.filter((b) => b.kind !== 'table-row' && SHORT_TITLE_WITH_STOP.test(b.text)).length >= 3;
  let lastTop: number | null = null;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table-row' || b.kind === 'list-item') continue;
    let text = titleThenSection(b.text) ?? b.text;
    let span = 1;
    let index = i;
    // "§ 45 Dnr VON 2025/77" / "Riktlinje för hemsjukvård": the number line holds only a registration number
    const afterNumber = SECTION_THEN_REST.exec(b.text)?.[1];
    const titleAt = BARE_SECTION.test(b.text) ? titleTypedBefore(blocks, i) : -1;
    if (titleAt >= 0 && !out.some((h) => h.index + h.span > titleAt)) {
      // "VAL AV JUSTERARE" over "§ 58": an older protocol's title typed first, its number under it
      text = `${b.text} ${blocks[titleAt]!.text}`;
      index = titleAt;
      span = i - titleAt + 1;
    } else if (afterNumber && REGISTRATION_LINE.test(afterNumber) && !BARE_SECTION.test(b.text) && titleBeforeRegistered(blocks, i, out) >= 0) {
      // "Lokaler och öppettider …" over "VN § 9 <tab> Dnr VN 2026/11" over the text
      const at = titleBeforeRegistered(blocks, i, out);
      text = `${b.text.slice(0, b.text.length - afterNumber.length).trim()} ${blocks[at]!.text}`;
      index = at;
      span = i - at + 1;
    } else if (afterNumber && REGISTRATION_LINE.test(afterNumber) && !BARE_SECTION.test(b.text)) {
      const title = blocks[i + 1];
      if (!title || title.kind === 'table-row' || title.text.length > 120 || !/^\p{Lu}/u.test(title.text)) continue;
      text = `${b.text.slice(0, b.text.length - afterNumber.length).trim()} ${title.text}`;
      span = 2;
      if (continuesUpperCaseTitle(title, blocks[i + 2])) { text = `${text} ${blocks[i + 2]!.text}`; span = 3; }
    } else if (BARE_SECTION.test(b.text) || NUMBER_ALONE.test(b.text)) {
      // "§ 24" over "§ 25" over "§ 26": a contents table's first column printed on its own (plain
      // text of a table), numbers that head nothing
      if (isBareNumberAt(blocks, i - 1) || isBareNumberAt(blocks, i + 1)) continue;
      // "§ 12" / "Dnr ON 2025/0041" / "Avgifter för trygghetslarm", "Ärende 1" / "Val av justerare"
      // (plain text may print a page's header between them: "SAMMANTRÄDESPROTOKOLL", "Sida 2 av 3", "2026-03-19")
      let k = i + 1;
      while (k < blocks.length && k <= i + 4 && (REGISTRATION_LINE.test(blocks[k]!.text) || isPageHeaderLine(blocks[k]!))) k++;
      const title = blocks[k];
      if (!title || title.kind === 'table-row' || title.text.length > 120 || !/^\p{Lu}/u.test(title.text)) continue;
      text = `${b.text} ${title.text}`;
      span = k - i + 1;
      if (continuesUpperCaseTitle(title, blocks[k + 1])) { text = `${text} ${blocks[k + 1]!.text}`; span += 1; }
    } else if (!looksNumberedHeading(text, titlesEndInFullStop)) continue;
    const next = blocks[index + span];
    if (headingIsOpen(text) && next && next.kind !== 'table-row' && next.text.length < 80) { text = `${text} ${next.text}`; span += 1; }
    const parts = parseHeading(text);
    // ("§ 67 Ja" over "§ 67 Nej": a vote's columns in the attendance table)
    if (VOTE_COLUMN_TITLES.test(parts.title)) continue;
    // one numbering per document: "§ 12" items hold "1." lists, and the points of a decision
    // ("Nämnden beslutar: 1. Godkänna ...") are not items
    if (out.length && parts.section !== out[0]!.parts.section) continue;
    if (i > 0 && /beslutar:?$|beslutade:?$|följande:$/iu.test(blocks[i - 1]!.text)) continue;
    const top = parts.numberPath![0]!;
    const sub = parts.numberPath!.length > 1;
    const ok = lastTop === null
      ? top <= 3 || parts.section
      : ((sub || parts.lettered) && top === lastTop) || top === lastTop + 1 || (parts.section && top > lastTop && top - lastTop <= 5);
    if (!ok) continue;
    out.push({ index, span, parts });
    lastTop = top;
    i = index + span - 1;
  }
  return out.length >= 2 ? withoutNoteNumbers(blocks, out) : [];
}

/**
 * "3.1 Skyddsronden gjordes 3 mars.", "3.1.2 Flera termometrar visar fel.": where the minutes
 * number their notes, a sentence each, a short one among them ("4.2 Specialkost") titles a note
 * too, no sub-item. Sub-numbers are items where most of them are titles.
 */
function withoutNoteNumbers(blocks: Block[], headings: Heading[]): Heading[] {
  const notes = blocks.filter((b) => b.kind !== 'table-row' && NOTE_NUMBER.test(b.text) && !looksNumberedHeading(b.text)).length;
  const subHeadings = headings.filter((h) => (h.parts.numberPath?.length ?? 0) > 1).length;
  return notes >= 3 && notes > 3 * subHeadings ? headings.filter((h) => (h.parts.numberPath?.length ?? 0) <= 1) : headings;
}

/**
 * A leading agenda (Dagordning, Ärendelista: "1. Mötets öppnande" ... "8. Nästa sammanträde" with
 * nothing under the entries) lists the items; the items themselves follow it, numbered their own
 * way ("§ 18 Sammanträdets öppnande"). Where the numbered headings found first are such a list,
 * the items are the numbered headings after it, and the list stays in the header.
 */
export function afterAgendaList(blocks: Block[], numbered: Heading[]): Heading[] {
  if (numbered.length < 3) return numbered;
  let listed = 0;
  while (listed + 1 < numbered.length && numbered[listed + 1]!.index === numbered[listed]!.index + numbered[listed]!.span) listed++;
  // the entries follow each other with no text between them, then the last one "holds" the rest
  if (listed + 1 < Math.min(3, numbered.length) || listed + 1 < 0.8 * numbered.length) return numbered;
  const last = numbered[listed]!;
  const after = numberedHeadings(blocks, last.index + last.span);
  return after.length >= 2 ? after : numbered;
}

/** Plain text: "Råd och stödkoordinatorerna - information (JG)", a titled line with presenters. */
const PRESENTER_LINE = /\(\s*\p{Lu}[\p{Lu}\d]{0,4}(?:\s*(?:[+,/&]|och)\s*\p{Lu}[\p{Lu}\d]{0,4})*\s*\)(?:\s+[IDB](?:\s*[/+]\s*[IDB])*)?$/u;

/** Unnumbered headings dressed like the numbered ones (same style, or a presenter line in text). */
function unnumberedLikeNumbered(blocks: Block[], numbered: Heading[]): Heading[] {
  const first = numbered[0]!.index;
  const taken = new Set(numbered.flatMap((h) => Array.from({ length: h.span }, (_, k) => h.index + k)));
  const styled = hasStyles(blocks);
  const sigs = new Set(numbered.map((h) => signature(blocks[h.index]!)));
  // where the numbered headings name their presenters, an unnumbered one must too: a bold
  // sub-heading inside an item looks like an item heading in a PDF but names nobody
  const withPresenters = numbered.filter((h) => h.parts.presenters.length > 0).length / numbered.length >= 0.6;
  const out: Heading[] = [];
  for (let i = first + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (taken.has(i) || b.kind === 'table-row' || b.kind === 'list-item' || b.text.length > 120) continue;
    const like = styled
      ? isStyledHeading(b) && sigs.has(signature(b)) && !/[.:]$/.test(b.text) && (!withPresenters || PRESENTER_LINE.test(b.text))
      : b.gapBefore === true && /^\p{Lu}/u.test(b.text) && (PRESENTER_LINE.test(b.text) || TRAILING_SECTION_TITLES.test(b.text));
    // (labels of an item's parts, lead-in lines, column titles: dressed as the headings, no items)
    // (nor the protocol's closing blocks: "Justering", "ANSLAG/BEVIS" after the last §)
    if (like && !ITEM_PART_LABEL.test(b.text) && !DECISION_LEAD_IN_LINE.test(b.text) && !isColumnTitleLine(b.text) && !isSectionLabel(b) && !CLOSING_BLOCK_TITLES.test(b.text.trim())) out.push({ index: i, span: 1, parts: parseHeading(b.text) });
  }
  return out;
}

/**
 * Plain text typed without blank lines: a short line of its own between the end of one sentence
 * and the start of the next ("Ekonomisk uppföljning per augusti" after "...lades till
 * handlingarna." and before "Ekonomichefen Stefan Nord redovisade ...") is a heading.
 */
function isRunInTitleLine(blocks: Block[], i: number): boolean {
  const b = blocks[i]!;
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  if (!b.line || b.gapBefore || !prev || !next || next.kind === 'table-row' || b.text.length > 60 || b.text.split(/\s+/).length > 8) return false;
  // ("Förra APT:n": an acronym's ending after its colon is no label's colon)
  // ("Stambyte Granliden, etapp 2", "Kv. Trasten, nyproduktion": a comma inside, a short word's abbreviation dot)
  const marks = b.text.replace(/\d[.:]\d/gu, '').replace(/(?<=\p{Lu}):(?=\p{Ll}{1,3}$)/gu, '').replace(/(?<=\p{L}),(?=\s\p{L})/gu, '').replace(/(?<![\p{L}])(\p{L}{1,3})\.(?=\s)/gu, '$1');
  if (/[:;,.]/u.test(marks) || /^[-–•●*]/u.test(b.text)) return false;
  // after a sentence's end, a header label line, or a list's last point
  const prevEnds = /[.!?]$/u.test(prev.text) || /^[\p{L} ]{2,30}:\s*\S/u.test(prev.text) || prev.kind === 'list-item' || /^[•●▪◦*–-]\s/u.test(prev.text);
  // the line is no wrapped end of a sentence: the next line starts one, and is longer
  return prevEnds && /^\p{Lu}/u.test(next.text) && next.text.length > b.text.length;
}

/**
 * Headings where nothing is numbered: styled headings, or short lines after a gap in plain text.
 * A Word or PDF document whose only styled line is its title ("Socialförvaltningens ledningsgrupp"
 * as Heading 1, the points typed as plain short lines after a space) is read as plain text is.
 */
function unnumberedHeadings(blocks: Block[], from: number): Heading[] {
  const byStyle = headingsByLook(blocks, from, hasStyles(blocks));
  if (byStyle.length >= 2 && hasStyles(blocks)) return byStyle;
  // minutes sent as an e-mail, their points typed after arrows ("→ Ny planering i hemtjänsten"),
  // or notes typed in a plain editor, their points after hashes ("## Drift")
  // (where they outnumber the short lines after a gap: the sender's name, the greeting)
  const marked = markedHeadings(blocks, from);
  if (marked.length >= 3 && marked.length > byStyle.length) return marked;
  // points titled in capitals or bold with a colon ("SOMMARSCHEMAT:" over its text), where the lines
  // that look like headings besides them stand before the first (the greeting of an e-mail)
  const labels = labelHeadings(blocks, from, hasStyles(blocks));
  const others = byStyle.filter((h) => h.index > (labels[0]?.index ?? Infinity) && !labels.some((c) => c.index === h.index));
  if (labels.length >= 3 && others.length < labels.length / 2) return labels;
  if (byStyle.length >= 2 || !hasStyles(blocks)) return byStyle;
  // (each over running text of its own: "Vid protokollet" over a name under a table is no point)
  const plain = headingsByLook(blocks, from, false).filter((h) => {
    const next = blocks[h.index + h.span];
    return next !== undefined && next.kind !== 'table-row' && next.text.length > 40 && /[.!?]$/u.test(next.text);
  });
  return plain.length >= 3 ? plain : byStyle;
}

/**
 * Points marked by typed characters: "→ Title" lines (the point-marker rule) or "## Title" lines
 * (the typed-heading rule). Of the hashes, the points are the shallowest level typed more than
 * once: "# Veckomöte v.19" over the "## " points is the document's title, "### " a part of a point.
 */
function markedHeadings(blocks: Block[], from: number): Heading[] {
  const arrows: Heading[] = [];
  const typed: (Heading & { level: number })[] = [];
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table-row') continue;
    const arrow = pointMarker.find(b.text, undefined)[0]?.title;
    if (arrow !== undefined) arrows.push({ index: i, span: 1, parts: parseHeading(arrow) });
    const hashed = typedHeading.find(b.text, undefined)[0];
    if (hashed) typed.push({ index: i, span: 1, parts: parseHeading(hashed.title), level: hashed.level });
  }
  const levels = typed.map((h) => h.level);
  const pointLevel = Math.min(...levels.filter((l) => levels.filter((x) => x === l).length >= 2));
  const points = typed.filter((h) => h.level === pointLevel).map(({ level: _, ...h }) => h);
  return points.length > arrows.length ? points : arrows;
}

/**
 * Points opened by their time slots, in the order of the day, each with text of its own under it
 * (a timeline's lines, "02.14 Larm" over "02.20 Första enhet framme", follow each other).
 */
function timeSlotHeadings(blocks: Block[], from: number): Heading[] {
  const slots = blocks.map((b, i) => (i >= from && b.kind !== 'table-row' ? timeSlot.find(b.text, undefined)[0] : undefined));
  const out: Heading[] = [];
  let lastTime = -Infinity;
  for (let i = from; i < blocks.length; i++) {
    const slot = slots[i];
    if (!slot || i + 1 >= blocks.length || slots[i + 1]) continue;
    const time = Number(slot.time);
    if (time < lastTime) return [];
    lastTime = time;
    out.push({ index: i, span: 1, parts: parseHeading(slot.title) });
  }
  return out;
}

/**
 * "SOMMARSCHEMAT:", "NYA KOMMUNHUSET:", a bold "Maten:": a title in capitals or in bold, closed by a
 * colon, on a line of its own (not a label of the minutes' own parts: "Beslut:", "Närvarande:").
 */
function labelHeadings(blocks: Block[], from: number, styled: boolean): Heading[] {
  const out: Heading[] = [];
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.kind === 'table-row' || !/:$/u.test(b.text) || b.text.split(/\s+/u).length > 6 || next === undefined) continue;
    const label = b.text.replace(/:$/u, '').trim();
    // (in bold, or in plain text a line of its own over the point's bullets; not a label of the
    // minutes' own parts: "Beslut:", "Närvarande:", "Att göra:")
    const titled = (b.kind === 'paragraph' && b.style.bold === true) || (!styled && b.line === true && (next.kind === 'list-item' || /^[→►]/u.test(next.text)));
    const labelTitle = titled && /^\p{Lu}/u.test(label)
      && !LINE_LABEL.test(b.text) && !ITEM_PART_LABEL.test(label) && !DECISION_LEAD_IN_LINE.test(b.text) && !SIGNATURE_LABELS.test(label) && !ATTENDANCE_LABELS.some((l) => l.pattern.test(label));
    if (isUpperCaseLine(b.text) || labelTitle) out.push({ index: i, span: 1, parts: parseHeading(b.text) });
  }
  return out;
}

function headingsByLook(blocks: Block[], from: number, styled: boolean): Heading[] {
  const out: Heading[] = [];
  // plain text: a closing task list's title ("Att göra", "Åtgärdslista") over its column titles
  // ("Vad", "Åtgärd"): its table fell apart into short lines ("Vem", "Sara", "Fredag 8/11"), none
  // of them a heading
  let inTaskList = false;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table-row' || isFurniture(b) || isSectionLabel(b) || ITEM_PART_LABEL.test(b.text) || DECISION_LEAD_IN_LINE.test(b.text)) continue;
    // "Åtgärd – Ansvarig – Tid" over its list, "Vid anteckningarna" over a name: no items
    if (isColumnTitleLine(b.text) || SIGNATURE_LABELS.test(b.text.replace(/:$/u, ''))) continue;
    if (!styled && b.line && TASK_LIST_TITLES.test(b.text) && isWholeColumnTitle(blocks[i + 1]?.text ?? '')) { inTaskList = true; continue; }
    if (inTaskList && !TRAILING_SECTION_TITLES.test(b.text)) continue;
    // a bold or numbered point of a Word list with text of its own under it is an agenda heading
    // whose number Word keeps out of the text ("1. Mötets öppnande" typed as automatic numbering)
    if (b.kind === 'list-item' && !((b.style.bold || b.ordered) && !b.listLevel && blocks[i + 1] !== undefined && blocks[i + 1]!.kind !== 'list-item')) continue;
    // (a title in capitals may end in a colon: "SOMMARSCHEMAT:" over its text)
    if (!/^[\p{Lu}\d"”„]/u.test(b.text) || /[.;,–-]$/u.test(b.text) || (/:$/u.test(b.text) && !isUpperCaseLine(b.text))) continue;
    const words = b.text.split(/\s+/).length;
    const next = blocks[i + 1];
    const like = styled
      ? (isStyledHeading(b) || b.kind === 'list-item') && b.text.length <= 120
      : (isUpperCaseLine(b.text) || (b.gapBefore === true && b.text.length <= 70 && words <= 10) || isRunInTitleLine(blocks, i)) && next !== undefined && !isSectionLabel(next);
    if (like) out.push({ index: i, span: 1, parts: parseHeading(b.text) });
  }
  return out;
}

/**
 * The items of running minutes from block `from` on. Returns the items and where the first one
 * starts (the header ends there).
 */
export function headingItems(blocks: Block[], from: number): { items: SegmentedItem[]; start: number } {
  const numbered = afterAgendaList(blocks, numberedHeadings(blocks, from));
  // an agenda of time slots ("08.30 Incheckning", "08.45 Sommarbemanning", "10.05 Rekrytering"):
  // the times are no numbers, though "10.05" reads as one
  const slots = timeSlotHeadings(blocks, from);
  const bySlots = slots.length >= 3 && slots.length >= numbered.length;
  let headings = bySlots
    ? slots
    : numbered.length
      ? [...numbered, ...unnumberedLikeNumbered(blocks, numbered)].sort((a, b) => a.index - b.index)
      : unnumberedHeadings(blocks, from);
  if (!numbered.length && !bySlots) headings = gatherSubTopics(blocks, headings);
  headings = withoutSummaries(blocks, withoutGroupingHeadings(blocks, headings));
  const items = headings.map((h, k) => {
    const end = headings[k + 1]?.index ?? blocks.length;
    const body = blocks.slice(h.index + h.span, end).filter((b) => !isFurniture(b) && !isSectionLabel(b));
    const heading = blocks[h.index]!;
    return {
      number: h.parts.number,
      title: h.parts.title,
      presenters: h.parts.presenters,
      itemTypes: h.parts.itemTypes,
      page: heading.page,
      blocks: body,
      cells: [],
      heading,
    } satisfies SegmentedItem;
  });
  return { items, start: headings[0]?.index ?? blocks.length };
}

/**
 * "3 Ekonomi" directly over "3.1 Prognos" and "3.2 Budget 2027" (or "3 a", "3 b") only groups its sub-items: with
 * no text of its own it is no item; the sub-items are.
 */
function withoutGroupingHeadings(blocks: Block[], headings: Heading[]): Heading[] {
  return headings.filter((h, k) => {
    const next = headings[k + 1];
    const path = h.parts.numberPath;
    const sub = next?.parts.numberPath && next.parts.numberPath[0] === path?.[0] && (next.parts.numberPath.length >= 2 || (next.parts.lettered && !h.parts.lettered));
    if (!next || !path || path.length !== 1 || h.parts.lettered || !sub) return true;
    return blocks.slice(h.index + h.span, next.index).some((b) => !isFurniture(b) && /\p{L}{3}/u.test(b.text));
  });
}

/**
 * A closing "Att göra-lista" whose entries refer back to their items ("Elin: täcka kvällspass
 * (p. 3)") sums up tasks the items already hold: it is no item. Its lines stay in the text of
 * the item before it (the extract stage passes over entries with a back-reference). A closing
 * table whose number column names the items is handed back to them by `attachTaskTables`.
 */
function withoutSummaries(blocks: Block[], headings: Heading[]): Heading[] {
  return headings.filter((h, k) => {
    // a list numbered as an agenda item ("7 Aktivitetslista") is one the meeting went through
    if (k === 0 || !TASK_LIST_TITLES.test(h.parts.title) || h.parts.number !== null) return true;
    const texts = blocks
      .slice(h.index + h.span, headings[k + 1]?.index ?? blocks.length)
      .flatMap((b) => (b.kind === 'table-row' ? b.cells.map((c) => c.text) : [b.text]))
      .filter((t) => /\p{L}{3}/u.test(t));
    return !(texts.length && texts.filter((t) => BACK_REFERENCE.test(t)).length >= texts.length / 2);
  });
}

/**
 * "Övrigt" with nothing of its own, followed by headings, gathers them as sub-topics until the
 * next section label: they are parts of that item, not items.
 */
function gatherSubTopics(blocks: Block[], headings: Heading[]): Heading[] {
  const out: Heading[] = [];
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    out.push(h);
    const next = headings[k + 1];
    const isGroup = GROUPING_TITLES.includes(h.parts.title.toLowerCase());
    const empty = next !== undefined && blocks.slice(h.index + h.span, next.index).every((b) => isFurniture(b));
    if (!isGroup || !empty) continue;
    while (k + 1 < headings.length) {
      const n = headings[k + 1]!;
      const labelBetween = blocks.slice(h.index + 1, n.index).some((b) => isSectionLabel(b));
      if (labelBetween) break;
      k++;
    }
  }
  return out;
}
