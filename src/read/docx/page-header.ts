/**
 * The first page's header. mammoth drops headers and footers, but in minutes the header carries
 * the organisation, the date and the document type ("Vård- och omsorgsförvaltningen · 2024-03-25 ·
 * MINNESANTECKNING"), so the reader takes it from the package itself. Footers only hold contact
 * lines and are skipped. Page numbers ("Sida 1/4", "SID 1(3)", PAGE/NUMPAGES fields) are dropped:
 * they say nothing about the meeting.
 */
import { normaliseSpace } from '../../model/document.js';
import type { DocxPackage } from './package.js';
import { localName, relationshipTargets, relsPartFor, resolveTarget } from './relationships.js';
import { xmlTokens } from './xml-tokens.js';

export interface HeaderParagraph {
  text: string;
  bold: boolean;
}

export function firstPageHeader(pkg: DocxPackage): HeaderParagraph[] {
  const main = pkg.readPart(pkg.mainPart);
  if (!main) return [];
  const section = firstSectionProperties(main);
  if (!section) return [];
  // with "different first page" (titlePg) the first page shows the "first" header; else "default"
  const wanted = section.titlePage ? 'first' : 'default';
  const id = section.headers.get(wanted);
  if (!id) return [];
  const rels = pkg.readPart(relsPartFor(pkg.mainPart));
  const rel = rels ? relationshipTargets(rels).find((r) => r.id === id && !r.external) : undefined;
  if (!rel) return [];
  const header = pkg.readPart(resolveTarget(pkg.mainPart, rel.target));
  return header ? headerParagraphs(header) : [];
}

interface SectionProperties {
  /** header reference type ("default" | "first" | "even") -> relationship id */
  headers: Map<string, string>;
  titlePage: boolean;
}

/** The first section's properties: the first sectPr in document order (a section's sectPr ends it). */
export function firstSectionProperties(documentXml: string): SectionProperties | null {
  const start = documentXml.search(/<([A-Za-z0-9_]+:)?sectPr[\s>/]/);
  if (start < 0) return null;
  const headers = new Map<string, string>();
  let titlePage = false;
  let depth = 0;
  let insideChange = 0;
  for (const token of xmlTokens(documentXml.slice(start))) {
    if (token.kind === 'text') continue;
    const name = localName(token.name);
    if (token.kind === 'close') {
      if (name === 'sectPrChange') insideChange--;
      if (name === 'sectPr' && --depth === 0) break;
      continue;
    }
    if (name === 'sectPr') {
      if (token.selfClosing && depth === 0) break;
      if (!token.selfClosing) depth++;
    } else if (name === 'sectPrChange' && !token.selfClosing) {
      insideChange++;
    } else if (insideChange === 0 && name === 'headerReference') {
      const type = attr(token.attrs, 'type') ?? 'default';
      const id = attr(token.attrs, 'id');
      if (id) headers.set(type, id);
    } else if (insideChange === 0 && name === 'titlePg') {
      titlePage = isOn(attr(token.attrs, 'val'));
    }
  }
  return { headers, titlePage };
}

/** An attribute by local name, whatever its namespace prefix (w:type, r:id). */
function attr(attrs: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attrs)) if (localName(key) === local) return value;
  return undefined;
}

/** OOXML on/off values: absent or "true"/"1"/"on" is on. */
function isOn(value: string | undefined): boolean {
  return value === undefined || !/^(false|0|off)$/i.test(value);
}

const PAGE_FIELDS = /^(PAGE|NUMPAGES|SECTIONPAGES)$/i;

interface Field {
  instruction: string;
  showingResult: boolean;
}

interface ParagraphBuilder {
  /** tab-separated pieces: text and whether a page-number field sat in it */
  segments: { text: string; hadPageField: boolean }[];
  runs: { text: string; bold: boolean }[];
}

/** The header's paragraphs (also those inside header tables and text boxes), page numbers removed. */
export function headerParagraphs(headerXml: string): HeaderParagraph[] {
  const out: HeaderParagraph[] = [];
  const paragraphs: ParagraphBuilder[] = [];
  const fields: Field[] = [];
  let runBold = false;
  let inRunProperties = false;
  let inText = false;
  let inInstruction = false;
  let skipDepth = 0; // inside mc:Fallback (a duplicate of mc:Choice) or deleted text

  const current = (): ParagraphBuilder | undefined => paragraphs[paragraphs.length - 1];
  const inPageField = (): boolean => fields.some((f) => f.showingResult && PAGE_FIELDS.test(f.instruction.trim().split(/\s+/)[0] ?? ''));
  const append = (text: string): void => {
    const p = current();
    if (!p) return;
    if (inPageField()) {
      p.segments[p.segments.length - 1]!.hadPageField = true;
      return;
    }
    p.segments[p.segments.length - 1]!.text += text;
    p.runs.push({ text, bold: runBold });
  };

  for (const token of xmlTokens(headerXml)) {
    if (token.kind === 'text') {
      if (skipDepth > 0) continue;
      if (inInstruction && fields.length) fields[fields.length - 1]!.instruction += token.text;
      else if (inText) append(token.text);
      continue;
    }
    const name = localName(token.name);
    if (name === 'Fallback' || name === 'del') {
      if (token.kind === 'open' && !token.selfClosing) skipDepth++;
      else if (token.kind === 'close') skipDepth--;
      continue;
    }
    if (skipDepth > 0) continue;

    if (token.kind === 'close') {
      if (name === 'p') {
        const p = paragraphs.pop();
        if (p) {
          const paragraph = finishParagraph(p);
          if (paragraph) out.push(paragraph);
        }
      } else if (name === 't') inText = false;
      else if (name === 'instrText') inInstruction = false;
      else if (name === 'rPr') inRunProperties = false;
      else if (name === 'fldSimple') fields.pop();
      continue;
    }

    switch (name) {
      case 'p':
        if (!token.selfClosing) paragraphs.push({ segments: [{ text: '', hadPageField: false }], runs: [] });
        break;
      case 'r':
        runBold = false;
        break;
      case 'rPr':
        inRunProperties = !token.selfClosing;
        break;
      case 'b':
        if (inRunProperties) runBold = isOn(attr(token.attrs, 'val'));
        break;
      case 't':
        inText = !token.selfClosing;
        break;
      case 'tab':
        if (!inRunProperties && !insideTabStops(token)) current()?.segments.push({ text: '', hadPageField: false });
        break;
      case 'ptab':
        current()?.segments.push({ text: '', hadPageField: false });
        break;
      case 'br':
      case 'cr':
        append(' ');
        break;
      case 'noBreakHyphen':
        append('-');
        break;
      case 'instrText':
        inInstruction = !token.selfClosing;
        break;
      case 'fldChar': {
        const type = attr(token.attrs, 'fldCharType');
        if (type === 'begin') fields.push({ instruction: '', showingResult: false });
        else if (type === 'separate' && fields.length) fields[fields.length - 1]!.showingResult = true;
        else if (type === 'end') {
          const field = fields.pop();
          // a page field with no cached result still marks its segment as a page number
          const p = current();
          if (field && p && PAGE_FIELDS.test(field.instruction.trim().split(/\s+/)[0] ?? '')) {
            p.segments[p.segments.length - 1]!.hadPageField = true;
          }
        }
        break;
      }
      case 'fldSimple': {
        const instruction = attr(token.attrs, 'instr') ?? '';
        const p = current();
        if (p && PAGE_FIELDS.test(instruction.trim().split(/\s+/)[0] ?? '')) p.segments[p.segments.length - 1]!.hadPageField = true;
        if (!token.selfClosing) fields.push({ instruction, showingResult: true });
        break;
      }
    }
  }
  return out;
}

/** w:tab also names tab stops inside w:pPr/w:tabs; those carry w:pos and are not characters. */
function insideTabStops(token: { attrs: Record<string, string> }): boolean {
  return attr(token.attrs, 'pos') !== undefined;
}

function finishParagraph(p: ParagraphBuilder): HeaderParagraph | null {
  const pieces = p.segments
    .map((s) => withoutPageNumber(s.text, s.hadPageField))
    .map(normaliseSpace)
    .filter((s) => s.length > 0);
  const text = normaliseSpace(pieces.join(' '));
  if (!text) return null;
  const visible = p.runs.filter((r) => r.text.trim().length > 0);
  const bold = visible.length > 0 && visible.every((r) => r.bold);
  return { text, bold };
}

const PAGE_WORD = /\b(sida|sid|page)\b/i;
/** "1 (3)", "1/4", "1(3)", "1 av 3": a page number once the fields have been filled in */
const PAGE_OF_PAGES = /^\s*\d+\s*(\(\s*\d+\s*\)|\/\s*\d+|av\s+\d+|of\s+\d+)\s*$/i;

/** A header piece without its page number: "Sida 1/4" -> "", "Förvaltningsledningsgruppsmöte 1 (3)" stays apart by tabs. */
export function withoutPageNumber(piece: string, hadPageField: boolean): string {
  const residue = piece.replace(/\b(sida|sid|page|av|of)\b/gi, '').replace(/[\d\s()/.\-–|]/g, '');
  if (residue === '' && (hadPageField || PAGE_WORD.test(piece) || PAGE_OF_PAGES.test(piece))) return '';
  if (hadPageField || PAGE_WORD.test(piece)) {
    return piece.replace(/\s*\b(sida|sid|page)\b[\s\d()/]*((av|of)\s*\d+)?\s*$/i, '').replace(/\s*\(\s*\)\s*$/, '');
  }
  return piece;
}
