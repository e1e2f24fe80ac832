/**
 * Extract stage: each agenda item's decisions and tasks, with the owners and deadlines as written.
 * Reads an item unit by unit and sentence by sentence; the rules themselves live in
 * decisions.ts, owners.ts and deadlines.ts, their words in the lexicon.
 */
import { findDateMentions } from './dates.js';
import { findDeadlines } from './deadlines.js';
import { DECISION_OPENER, PROPOSAL_OPENER, attClauses, findDecisions, proposedClauses, type DecisionHit } from './decisions.js';
import { findTasks, isKnownOwner, ownersCover, ownersEndingAt, ownersFromColumn, subjectOfVerb, clauseSubject, type OwnerContext } from './owners.js';
import { splitSentences } from './sentences.js';
import type { DeadlineMention, ExtractedItem, ExtractedMinutes, ExtractedTask } from './types.js';
import { itemUnits, pageAt } from './units.js';
import { OWNER_LINE } from '../lexicon/index.js';
import type { SegmentedItem, SegmentedMinutes } from '../segment/types.js';
import { joinLines } from '../model/document.js';

export function extractItems(minutes: SegmentedMinutes, documentText: string): ExtractedMinutes {
  const ctx: OwnerContext = { participants: minutes.header.participants };
  return { ...minutes, items: minutes.items.map((item) => extractItem(item, ctx, documentText)) };
}

/** Sentences that only name a follow-up ("Återkoppling till FLG den 28 januari.") belong to the task before them. */
const FOLLOW_UP_NOUN = /^(?:återkoppling|återkopplas|återrapportering|utvärdering|uppföljning|avstämning|redovisning|beslut kommer|sista\s+\p{L}*dag|deadline|klart)\b/iu;
/** A sentence that opens with a present-tense verb has left its subject in the sentence before. */
const SUBJECTLESS_START = /^\p{Lu}\p{Ll}+(?:ar|er|r)\b/u;

export function extractItem(item: SegmentedItem, ctx: OwnerContext, documentText: string): ExtractedItem {
  const units = itemUnits(item);
  const decisions: ExtractedTask[] = [];
  const actions: ExtractedTask[] = [];
  const quote = (q: string) => exactQuote(q, documentText);
  let inProposal = false;
  let proposalClauses: DecisionHit[] = [];
  let openDecider: string | null | undefined; // set while the att-clauses of a lead-in are being read
  let lastTask: ExtractedTask | null = null;

  for (const unit of units) {
    if (unit.role === 'owner' || unit.role === 'number') continue;
    if (PROPOSAL_OPENER.test(unit.text) && unit.text.length < 80) { inProposal = true; openDecider = undefined; continue; }
    if (DECISION_OPENER.test(unit.text)) { inProposal = false; openDecider = null; continue; }
    // "Ansv: NF" gives the task before it its owners
    const ownerLine = OWNER_LINE.exec(unit.text);
    if (ownerLine) {
      const owners = ownersFromColumn(ownerLine[1]!, ctx).map((o) => ({ text: o }));
      if (lastTask) lastTask.owners.push(...owners);
      else actions.push((lastTask = { text: unit.text, owners, deadlines: [], quote: quote(unit.text), page: pageAt(unit, 0) }));
      continue;
    }
    let lastSubject: string[] = [];
    for (const sentence of splitSentences(unit.text)) {
      const page = pageAt(unit, sentence.start);
      const text = sentence.text;
      // the att-clauses that follow "Nämnden beslutar:" (as list items or sentences)
      // ("1. Godkänna rapporten." after "Nämnden beslutar:" is the infinitive without its "att")
      const listed = unit.listItem || /^(?:\d{1,2}[.)]|[a-z][.)])\s+\p{Lu}\p{Ll}+a\b/u.test(text);
      if (openDecider !== undefined && (listed && !/^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])?\s*att\s/iu.test(text))) {
        const clause = text.replace(/^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])\s*/iu, '').replace(/[.]$/, '');
        const hit = { text: `att ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`, decidedBy: openDecider ?? null };
        if (inProposal) proposalClauses.push(hit);
        else decisions.push((lastTask = decisionTask(hit, text, page, ctx, quote)));
        continue;
      }
      if (openDecider !== undefined && /^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])?\s*att\s/iu.test(text)) {
        const hits = attClauses(text.replace(/^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])\s*/iu, '')).map((c) => ({ text: c, decidedBy: openDecider ?? null }));
        if (inProposal) proposalClauses.push(...hits);
        else for (const h of hits) decisions.push((lastTask = decisionTask(h, text, page, ctx, quote)));
        continue;
      }
      openDecider = undefined;
      const found = findDecisions(text, { inDecisionColumn: unit.role === 'action', inProposal: false });
      if (inProposal) {
        proposalClauses.push(...found.decisions, ...proposedClauses(text));
        if (found.open) openDecider = found.decidedBy;
        continue;
      }
      if (found.decidedBy?.endsWith(':enligt-förslag')) {
        const decidedBy = found.decidedBy.replace(/:enligt-förslag$/, '');
        for (const h of proposalClauses) decisions.push((lastTask = decisionTask({ ...h, decidedBy }, text, page, ctx, quote)));
        proposalClauses = [];
        continue;
      }
      if (found.open) { openDecider = found.decidedBy; continue; }
      if (found.decisions.length) {
        for (const h of found.decisions) decisions.push((lastTask = decisionTask(h, text, page, ctx, quote)));
        continue;
      }
      // a to-do line that names its owners first: "LD: beställa ny grind", "KE och MA – planera julfesten"
      const todo = /^([^:–]{2,40}?)\s*(?::|\s–)\s+(\p{Ll}.*)$/u.exec(text);
      const todoOwners = todo ? ownersEndingAt(todo[1]!, ctx).filter((o) => isKnownOwner(o, ctx)) : [];
      if (todoOwners.length && ownersCover(todo![1]!, todoOwners)) {
        actions.push((lastTask = { text: text.replace(/[.]$/, ''), owners: todoOwners.map((o) => ({ text: o })), deadlines: findDeadlines(text), quote: quote(text), page }));
        continue;
      }
      // "Ta fram en handlingsplan (ansv. Petra Ny)": the owner in parentheses
      const inline = /\((?:ansv\.?|ansvarig|ansvariga)\s*:?\s*([^)]+)\)/iu.exec(text);
      // tasks: owners before a task verb, else the clause's subject, else the subject of the sentence before
      const hits = findTasks(text, ctx);
      let owners = inline ? ownersFromColumn(inline[1]!, ctx) : [...new Set(hits.flatMap((h) => h.owners))];
      if (hits.length && !owners.length) {
        if (SUBJECTLESS_START.test(text) && hits.some((h) => h.index === 0)) owners = lastSubject;
        else owners = [...new Set(hits.flatMap((h) => subjectOfVerb(text, h.index, ctx)))];
      }
      const subject = clauseSubject(text, ctx);
      if (subject.length) lastSubject = subject;
      const deadlines = findDeadlines(text, { inActionColumn: unit.role === 'action' });
      if (!owners.length && deadlines.length && lastTask && FOLLOW_UP_NOUN.test(text)) {
        lastTask.deadlines.push(...deadlines);
        continue;
      }
      if (owners.length || deadlines.length) {
        actions.push((lastTask = { text: text.replace(/[.]$/, ''), owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(text), page }));
      }
    }
  }
  if (item.cells.length) actions.push(...rowTasks(item, ctx, quote));
  return { ...item, text: units.map((u) => u.text).join(' '), decisions, actions };
}

function decisionTask(hit: DecisionHit, sentence: string, page: number | null, ctx: OwnerContext, quote: (q: string) => string): ExtractedTask {
  const hits = findTasks(hit.text, ctx);
  let owners = [...new Set(hits.flatMap((h) => h.owners))];
  if (hits.length && !owners.length) {
    const clause = hit.text.replace(/^att\s+/u, '');
    const shift = hit.text.length - clause.length;
    owners = [...new Set(hits.flatMap((h) => subjectOfVerb(clause, h.index - shift, ctx)))];
  }
  const deadlines: DeadlineMention[] = findDeadlines(hit.text);
  return { text: hit.text, owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(sentence), page, decidedBy: hit.decidedBy };
}

/**
 * The task a minutes-table row sets: its Ansvarig entries own it, its Klart senast column dates it.
 * When the owner cell lines up its entries with the action cell's paragraphs (an empty paragraph
 * between each), each entry owns the paragraph beside it.
 */
function rowTasks(item: SegmentedItem, ctx: OwnerContext, quote: (q: string) => string): ExtractedTask[] {
  const ownerCell = item.cells.find((c) => c.role === 'owner');
  const deadlineCell = item.cells.find((c) => c.role === 'deadline');
  const actionCell = item.cells.find((c) => c.role === 'action') ?? item.cells.find((c) => c.role === 'notes');
  const deadlines: DeadlineMention[] = deadlineCell
    ? findDateMentions(deadlineCell.text).map((m) => ({ text: m.text.trim(), kind: 'due' as const, parts: m.parts }))
    : [];
  if (!ownerCell && !deadlines.length) return [];
  // each paragraph of the Ansvarig cell is an entry list of its own ("Alla" ... "Alla")
  const owners = ownerCell ? [...new Set(paragraphs(ownerCell.lines).flatMap((p) => ownersFromColumn(p, ctx)))] : [];
  const text = actionCell?.text || item.title;
  const evidence = ownerCell?.text ?? deadlineCell?.text ?? '';
  return [{ text, owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(evidence), page: item.page }];
}

/** Lines split at their empty ones, each run joined: the paragraphs of a cell. */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const l of [...lines, '']) {
    if (l) run.push(l);
    else if (run.length) { out.push(joinLines(run)); run = []; }
  }
  return out;
}

/**
 * The quote as it stands in the document: the text itself when it does, else its longest opening
 * that does (a sentence continued in a row on the next page is quoted up to the page break).
 */
export function exactQuote(text: string, documentText: string): string {
  if (documentText.includes(text)) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const head = words.slice(0, n).join(' ');
    if (documentText.includes(head)) return head;
  }
  return '';
}
