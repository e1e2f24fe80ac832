/**
 * Extract stage: each agenda item's decisions and tasks, with the owners and deadlines as written.
 * Reads an item unit by unit and sentence by sentence; the rules themselves live in
 * decisions.ts, owners.ts and deadlines.ts, their words in the lexicon.
 */
import { ABOUT_A_DECISION, ADOPTS_PROPOSAL, AGENDA_FIXED, BACK_REFERENCE, DESCRIPTION_LABEL, ITEM_PART_LABEL, isColumnTitleLine, NOT_DECISION_MARKERS, OWNER_LINE, PROPOSAL_LEAD_IN, PROPOSAL_LEAD_IN_RUN_ON, REPORTED_DECISIONS_TITLES, DUE_LEAD_LABEL, TASK_LINE_LABEL, TASK_LIST_TITLES, TODO_LIST_LABEL, TODO_WITH_OWNER_LABEL, WEEKDAYS, type TableColumnRole } from '../lexicon/index.js';
import { alternation } from '../lexicon/pattern.js';
import type { SegmentedItem, SegmentedMinutes } from '../segment/types.js';
import { findDeadlines } from './deadlines/index.js';
import { announcesBodysDecision, reportsOtherBodysDecision } from './decisions/bodies.js';
import { DECISION_OPENER, PROPOSAL_OPENER, decisionPoint, findDecisions, proposedClauses, type DecisionHit } from './decisions/index.js';
import { clauseSubject, findTasks, inlineOwners, ownersFromColumn, subjectOfVerb, todoOwners, type OwnerContext } from './owners/index.js';
import { pronounOwner } from './owners/pronoun.js';
import { readTodoLine } from './owners/todo-line.js';
import { exactQuote } from './quote.js';
import { TextSearch } from '../model/text-search.js';
import { splitSentences } from './sentences.js';
import { rowTasks } from './table-row.js';
import { ownerKey } from './owner-key.js';
import { settleTaskLists } from './task-lists.js';
import type { DeadlineMention, ExtractedItem, ExtractedMinutes, ExtractedTask } from './types.js';
import { letterSpaced, SPACED_DECISION_OPENER } from './letter-spacing.js';
import { readTrailingColumns } from './trailing-columns.js';
import { itemUnits, pageAt, type TextUnit } from './units.js';

/** What every item of one document is read against: its participants and its body. */
export interface ItemContext extends OwnerContext {
  /** the meeting's body ("Tekniska nämnden"): its decisions are the meeting's, other bodies' are not */
  meetingBody: string | null;
  /** the meeting's date (YYYY-MM-DD): a date before it had passed when the meeting was held */
  meetingDate: string | null;
  /** the columns each line carries after its text ("Punkt  Ansv  Klart"), if the minutes set them */
  lineColumns?: TableColumnRole[] | null;
}

/** What the date refiners are told of the meeting: its body and its date. */
const meetingOf = (ctx: ItemContext) => ({ body: ctx.meetingBody, meetingDate: ctx.meetingDate });

export function extractItems(minutes: SegmentedMinutes, documentText: string): ExtractedMinutes {
  const ctx: ItemContext = { participants: minutes.header.participants, writer: minutes.header.secretary?.name ?? null, parties: minutes.header.parties, meetingBody: minutes.header.body, meetingDate: minutes.header.date, lineColumns: minutes.lineColumns };
  const search = new TextSearch(documentText);
  const items = minutes.items.map((item) => extractItem(item, ctx, documentText, search));
  return { ...minutes, items: settleTaskLists(items, ctx.participants) };
}

/**
 * "Lotta, till nästa APT", "Samir och Birgitta, 6/2": the owners, then after a comma the date; the
 * comma that leaves a date after it divides them ("när bussen är tillbaka" is none: all are owners).
 */
function ownersThenDate(text: string, ctx: ItemContext): { owners: string[]; deadlines: DeadlineMention[] } {
  const commas = [...text.matchAll(/,\s*/gu)];
  for (const c of commas) {
    const deadlines = findDeadlines(text.slice(c.index + c[0].length), { inActionColumn: true, ...meetingOf(ctx) });
    if (deadlines.length) return { owners: ownersFromColumn(text.slice(0, c.index), ctx), deadlines };
  }
  const comma = commas[commas.length - 1];
  return { owners: ownersFromColumn(comma ? text.slice(0, comma.index) : text.replace(/[.]\s*$/u, ''), ctx), deadlines: [] };
}

/** Sentences that only name a follow-up ("Återkoppling till FLG den 28 januari.") belong to the task before them. */
const FOLLOW_UP_NOUN = /^(?:återkoppling|återkopplas|återrapportering|utvärdering|uppföljning|avstämning|redovisning|beslut kommer|sista\s+\p{L}*dag|deadline|klart)\b/iu;
/** Labels over a list of the documents an item was decided on. */
const DOCUMENT_LIST_LABEL = /^(?:beslutsunderlag|underlag|handlingar|handlingar i ärendet|bilagor?|ärendets handlingar)\s*:?$/iu;
/** Sentences under a "Beslut" heading that note rather than decide. */
const NOTING = /(?<![\p{L}])(?:noteras|antecknas|tackar för|informationen|för kännedom|protokollsanteckning)(?![\p{L}])/iu;
/** A sentence that opens with a present-tense verb has left its subject in the sentence before. */
const SUBJECTLESS_START = /^\p{Lu}\p{Ll}+(?:ar|er|r)\b/u;

export function extractItem(item: SegmentedItem, ctx: ItemContext, documentText: string, search = new TextSearch(documentText)): ExtractedItem {
  const units = itemUnits(item);
  const decisions: ExtractedTask[] = [];
  const actions: ExtractedTask[] = [];
  const quote = (q: string) => exactQuote(q, search);
  let inProposal = false;
  // the item gave its decision first and describes the matter after it ("Kommunstyrelsens beslut"
  // over "Ärendebeskrivning"): what the description tells was done elsewhere ("Revisorernas
  // bedömning överlämnas direkt till kommunfullmäktige") is no decision of this meeting
  let decisionSectionMet = false;
  let describedAfterDecision = false;
  let proposalClauses: DecisionHit[] = [];
  let openDecider: string | null | undefined; // set while the att-clauses of a lead-in are being read
  // "beslutar i enlighet med förslaget" read as the decision, until att-lines under it say what it was
  let adoptedLeadIn: ExtractedTask | null = null;
  // set while the att-clauses under "Kommunstyrelsen föreslår kommunfullmäktige besluta" are read
  let proposedToOthers = false;
  let lastTask: ExtractedTask | null = null;
  // under a "Beslut" heading of a § protocol every sentence is part of the decision, until the next part
  let inDecisionSection = false;
  let decisionsBeforeSection = 0;
  // "7 Aktivitetslista": a task list numbered as an agenda item of its own is this meeting's list
  // of what is to be done, the items' tasks included; only an unnumbered closing list sums up
  const numberedTaskList = item.number !== null && TASK_LIST_TITLES.test(item.title);
  const rowHasFollowUpColumns = item.cells.some((c) => c.role === 'owner') && item.cells.some((c) => c.role === 'deadline');
  const reportedDecisions = REPORTED_DECISIONS_TITLES.test(item.title);

  // the points under "Att göra:" are tasks of whoever each one names first
  let inTodoList = false;
  // the points under "Beslutsunderlag" name documents ("Ekonomisk uppföljning april 2023"): no tasks
  let inDocumentList = false;

  // whether the unit before the one in hand set a task (a task, a decision), and which unit it was
  let previousUnit: TextUnit | null = null;
  let previousUnitMadeTask = false;
  let tasksBeforeUnit = 0;
  for (const unit of units) {
    const tasksNow = actions.length + decisions.length;
    previousUnitMadeTask = tasksNow > tasksBeforeUnit;
    tasksBeforeUnit = tasksNow;
    const before = previousUnit;
    previousUnit = unit;
    if (unit.role === 'owner' || unit.role === 'number' || unit.reported || unit.checkBox === 'done') continue;
    // ("Åtgärd – Ansvarig – Tid" over lines set out the same way: a to-do list's column titles)
    if (TODO_LIST_LABEL.test(unit.text) || isColumnTitleLine(unit.text)) { inTodoList = true; continue; }
    if (DOCUMENT_LIST_LABEL.test(unit.text)) { inDocumentList = true; continue; }
    if (!unit.listItem) { inTodoList = false; inDocumentList = false; }
    if (inDocumentList) continue;
    // "Elin: täcka kvällspass (p. 3)": a summary's entry repeats a task its item holds
    // (not the agenda fixed with an item added: "Dagordningen godkändes med tillägget Gåva av arkiv (§ 40)")
    if (BACK_REFERENCE.test(unit.text) && unit.text.length < 200 && !numberedTaskList && !AGENDA_FIXED.test(unit.text)) continue;
    if (PROPOSAL_OPENER.test(unit.text) && unit.text.length < 80) { inProposal = true; inDecisionSection = false; openDecider = undefined; continue; }
    // ("D i r e k t i o n e n s b e s l u t": a typewriter's letter-spaced lead-in)
    if (DECISION_OPENER.test(unit.text) || SPACED_DECISION_OPENER.test(letterSpaced(unit.text) ?? '')) { inProposal = false; inDecisionSection = !reportedDecisions; decisionsBeforeSection = decisions.length; openDecider = null; decisionSectionMet = true; describedAfterDecision = false; continue; }
    if (ITEM_PART_LABEL.test(unit.text.split(':')[0]!.trim())) inDecisionSection = false;
    // ("Ärendebeskrivning" after "Arbetsutskottets förslag till nämnden": the proposal has ended,
    // and the description's tasks are read as any: "Förvaltningschefen skickar förslaget … senast …";
    // the yrkanden and the beslutsgång after a proposal still speak of it)
    if (DESCRIPTION_LABEL.test(unit.text.split(':')[0]!.trim())) { inProposal = false; describedAfterDecision = decisionSectionMet; }
    // "Påminna fastighet om entréskylten. Vem/När: Lotta, till nästa APT": the to-do, its owners, its date
    const labelled = TODO_WITH_OWNER_LABEL.exec(unit.text);
    if (labelled) {
      const { owners, deadlines } = ownersThenDate(labelled[2]!, ctx);
      actions.push((lastTask = { text: labelled[1]!.replace(/[.]\s*$/u, ''), owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(unit.text), page: pageAt(unit, 0) }));
      continue;
    }
    // "Ansv: NF" gives the task before it its owners
    const ownerLine = OWNER_LINE.exec(unit.text);
    // "Ansvar: projektledaren begär in en kalkyl … Tidplan: till nästa byggkommitté": the label
    // over a sentence of its own, whose subject does it
    const sentenceOwners = ownerLine ? ownersOfLabelledSentence(ownerLine[1]!, ctx) : [];
    if (ownerLine && sentenceOwners.length) {
      const text = ownerLine[1]!.replace(/[.]\s*$/u, '');
      const deadlines = [...findDeadlines(text, meetingOf(ctx)), ...(ownerLine[2] ? findDeadlines(ownerLine[2], { inActionColumn: true, ...meetingOf(ctx) }) : [])];
      actions.push((lastTask = { text, owners: sentenceOwners.map((o) => ({ text: o })), deadlines, quote: quote(unit.text), page: pageAt(unit, 0) }));
      continue;
    }
    if (ownerLine) {
      const [ownerText, deadlines] = ownersAndDeadlines(ownerLine, ctx);
      const owners = ownersFromColumn(ownerText.replace(/[.]\s*$/u, ''), ctx).map((o) => ({ text: o }));
      // "Åtgärd: Ny kalkyl tas fram." over "Ansvarig: Karl Ek": the line before that set no task is the task
      const action = before && !previousUnitMadeTask && before.role === 'body' && !before.inTable && before.text.split(/\s+/u).length >= 3 && !DECISION_OPENER.test(before.text) ? before : null;
      if (action) {
        const text = action.text.replace(TASK_LINE_LABEL, '').replace(/[.]\s*$/u, '');
        actions.push((lastTask = { text, owners, deadlines, quote: quote(action.text), page: pageAt(action, 0) }));
      } else if (lastTask) {
        lastTask.owners.push(...owners);
        lastTask.deadlines.push(...deadlines.filter((d) => !lastTask!.deadlines.some((k) => k.text === d.text)));
      } else actions.push((lastTask = { text: unit.text, owners, deadlines, quote: quote(unit.text), page: pageAt(unit, 0) }));
      continue;
    }
    // "… Olycksundersökning nivå 1.  DH  v. 18": the line's own Ansv and Klart columns own and date
    // what it says ("… förlängning  TL  klart": done, no task left)
    const trailing = ctx.lineColumns && !unit.inTable && !DECISION_OPENER.test(unit.text) ? readTrailingColumns(unit.text, ctx.lineColumns, ctx) : null;
    if (trailing) {
      const deadlines = trailing.due ? findDeadlines(trailing.due, { inActionColumn: true, ...meetingOf(ctx) }) : [];
      if (!trailing.done) actions.push((lastTask = { text: trailing.text.replace(/[.]$/u, ''), owners: trailing.owners.map((o) => ({ text: o })), deadlines, quote: quote(unit.text), page: pageAt(unit, 0) }));
      continue;
    }
    let lastSubject: string[] = [];
    let previousSentence = '';
    // "Till nästa möte:" opening a sentence dates the paragraph's tasks after it too
    let dueLead: string | null = null;
    for (const sentence of splitSentences(unit.text)) {
      const page = pageAt(unit, sentence.start);
      const text = sentence.text;
      const lead = DUE_LEAD_LABEL.exec(text);
      if (lead) dueLead = lead[0].replace(/\s*:\s*$/u, '');
      const underLead = !lead && dueLead !== null ? dueLead : null;
      const sentenceBefore = previousSentence;
      previousSentence = text;
      if (PROPOSAL_LEAD_IN.test(text)) { proposedToOthers = true; openDecider = undefined; continue; }
      if (PROPOSAL_LEAD_IN_RUN_ON.test(text)) { openDecider = undefined; continue; }
      if (proposedToOthers && /^(?:[-–•]\s*)?att\s/iu.test(text)) continue;
      proposedToOthers = false;
      // the points that follow "Nämnden beslutar:" ("att X", "- att Y", "1. Godkänna Z")
      const points = openDecider !== undefined ? decisionPoint(text, unit.listItem) : null;
      if (points) {
        const hits = points.map((c) => ({ text: c, decidedBy: openDecider ?? null }));
        // ("Fullmäktige beslöt i enlighet med kommunalnämndens förslag" over its att-lines: they
        // are what was adopted, not the lead-in's words)
        if (adoptedLeadIn && decisions.includes(adoptedLeadIn)) decisions.splice(decisions.indexOf(adoptedLeadIn), 1);
        adoptedLeadIn = null;
        if (inProposal) proposalClauses.push(...hits);
        else for (const h of hits) decisions.push((lastTask = decisionTask(h, text, page, ctx, quote)));
        continue;
      }
      openDecider = undefined;
      adoptedLeadIn = null;
      // "Beslut: Enligt förslag.", "Nämnden bifaller ordförandens förslag": the proposal above is the decision
      if (proposalClauses.length && !inProposal && ADOPTS_PROPOSAL.test(text)) {
        const decidedBy = /^(\p{Lu}[\p{L}-]*)\s+bifaller/u.exec(text)?.[1] ?? null;
        for (const h of proposalClauses) decisions.push((lastTask = decisionTask({ ...h, decidedBy }, text, page, ctx, quote)));
        proposalClauses = [];
        continue;
      }
      const found = describedAfterDecision ? { decisions: [], open: false, decidedBy: null } : findDecisions(text, { inDecisionColumn: unit.role === 'action', inProposal: false, meetingBody: ctx.meetingBody, reportedDecisions, listed: unit.listItem || unit.inTable === true || unit.role !== 'body', meetingYear: ctx.meetingDate ? Number(ctx.meetingDate.slice(0, 4)) : null });
      if (inProposal) {
        // "Nämnden beslutar att X" read as a lead-in and as a proposal's clauses is one proposal
        proposalClauses.push(...(found.decisions.length ? found.decisions : proposedClauses(text)));
        if (found.open) openDecider = found.decidedBy;
        continue;
      }
      if (found.decidedBy?.endsWith(':enligt-förslag')) {
        const decidedBy = found.decidedBy.replace(/:enligt-förslag$/, '');
        for (const h of proposalClauses) decisions.push((lastTask = decisionTask({ ...h, decidedBy }, text, page, ctx, quote)));
        // "Nämnden beslutar i enlighet med förvaltningens förslag" with the proposal not in the
        // minutes: the decision is what the sentence says, from "i enlighet med"
        const adopted = /(?<![\p{L}])(?:i enlighet med|enligt)\s.*$/iu.exec(text);
        if (!proposalClauses.length && adopted) {
          decisions.push((lastTask = decisionTask({ text: adopted[0].replace(/[.]$/, ''), decidedBy }, text, page, ctx, quote)));
          // att-lines may follow it, saying what the proposal was
          adoptedLeadIn = lastTask;
          openDecider = decidedBy;
        }
        proposalClauses = [];
        continue;
      }
      if (found.open) {
        // ("Valnämnden beslutar 1. Arvodet fastställs …": the lead-in with its first point)
        for (const h of found.decisions) decisions.push((lastTask = decisionTask(h, text, page, ctx, quote)));
        openDecider = found.decidedBy;
        continue;
      }
      if (found.decisions.length) {
        for (const h of found.decisions) decisions.push((lastTask = decisionTask(h, text, page, ctx, quote)));
        // "Nämnden beslutar att ...": the section's decision is said; the sentences after it are context
        if (found.decisions.some((h) => h.text.startsWith('att '))) inDecisionSection = false;
        continue;
      }
      // under "Beslut", a proposal to another body ("föreslår socialnämnden att") or a sentence on
      // how the decision applies ("Beslutet kan överklagas") is no decision of its own
      // a signature line ("_____") under the decision says nothing
      // a cell under "Beslut" of a table in the item's text: each of its sentences is a decision
      // after the decision ("Ärendet bordläggs."), "Trafikingenjören kompletterar underlaget till …"
      // is the official's task: a subject doing a verb in the present, not the body deciding
      // (in a Beslut column likewise: "Förslaget godkändes. Johanna skriver tjänsteskrivelse …")
      const ownTaskAfterDecision = ((inDecisionSection && decisions.length > decisionsBeforeSection) || unit.column === 'decision') && isOwnersPresentTask(text, ctx);
      if ((inDecisionSection || (unit.column === 'decision' && !reportedDecisions)) && !ownTaskAfterDecision && /\p{L}/u.test(text) && !NOTING.test(text) && !ABOUT_A_DECISION.test(text) && !NOT_DECISION_MARKERS.some((re) => re.test(text))) {
        decisions.push((lastTask = decisionTask({ text: text.replace(/[.]$/, ''), decidedBy: null }, text, page, ctx, quote)));
        continue;
      }
      // a to-do line that names its owners first: "LD: beställa ny grind", "KE och MA – planera julfesten"
      // (an open check box makes its line a to-do whatever follows the owner: "[ ] Nils: underlag till LG")
      const todo = todoOwners(text, ctx, unit.checkBox === 'open' || (unit.listItem && TASK_LIST_TITLES.test(item.title)));
      // "Kontakta trafikenheten – Marie (rektor), v. 12": on a list line the owners may follow a
      // dash, and what follows them is the line's Klart column
      // ("Åtgärd: lista per mentor ur Skola24 – OA, v. 45": a line labelled as a task is one such line)
      const labelledTask = TASK_LINE_LABEL.test(text);
      const dashed = !todo.length && (unit.listItem || inTodoList || labelledTask) ? readTodoLine(text.replace(TASK_LINE_LABEL, ''), ctx) : null;
      if (todo.length || dashed) {
        // "Omar: beställa nya stolar – 12/6": what follows the last dash is the line's Klart column,
        // and so is a time after the last comma ("Jonas: följer upp felanmälan, efter påsk")
        // (or a weekday as the line's last word: "Anna: byta certifikat på portalen fre")
        const klart = todo.length ? /\s[–—-]\s([^–—]+)$/u.exec(text) ?? timeAfterComma(text, ctx) ?? WEEKDAY_AT_END.exec(text) : null;
        const deadlines = dashed
          ? [...findDeadlines(dashed.task, meetingOf(ctx)), ...findDeadlines(dashed.rest, { inActionColumn: true, ...meetingOf(ctx) })]
          : klart
            ? [...findDeadlines(text.slice(0, klart.index), meetingOf(ctx)), ...findDeadlines(klart[1]!, { inActionColumn: true, ...meetingOf(ctx) })]
            : findDeadlines(text, meetingOf(ctx));
        const owners = dashed ? dashed.owners : todo;
        actions.push((lastTask = { text: text.replace(TASK_LINE_LABEL, '').replace(/[.]$/, ''), owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(text), page }));
        continue;
      }
      // the listed entries of "Meddelanden", "Delegationsbeslut" are others' documents: what they
      // ask of anyone ("Samtliga nämnder får i uppdrag att …") is no task set here
      if (reportedDecisions && (unit.listItem || unit.inTable)) continue;
      // tasks: owners in "(ansv. X)", else before a task verb, else the clause's subject, else the
      // subject of the sentence before
      // "Kommunfullmäktige beslutade 2015 att ge bolaget i uppdrag att ...": background, no task
      if (reportsOtherBodysDecision(text, ctx.meetingBody) || announcesBodysDecision(text)) continue;
      // (under the label a task verb looks ahead as after it: "Mats gör en riskbedömning")
      const hits = underLead ? findTasks(`${underLead}: ${text}`, ctx).map((h) => ({ ...h, index: h.index - underLead.length - 2 })).filter((h) => h.index >= 0) : findTasks(text, ctx);
      let owners = inlineOwners(text, ctx) ?? [...new Set(hits.flatMap((h) => h.owners))];
      // "● Tove lagar de trasiga stolarna" under "Att göra:": its subject does it, whatever the verb
      // "IT-chefen kontaktar leverantören" under "Nästa steg": likewise
      if (!owners.length && (inTodoList || unit.column === 'action')) owners = clauseSubject(text, ctx);
      if (hits.length && !owners.length) {
        if (SUBJECTLESS_START.test(text) && hits.some((h) => h.index === 0)) owners = lastSubject;
        else owners = [...new Set(hits.flatMap((h) => subjectOfVerb(text, h.index, ctx)))];
      }
      if (hits.length && !owners.length) owners = [...new Set(hits.flatMap((h) => pronounOwner(text, h.index, ctx, sentenceBefore)))];
      const subject = clauseSubject(text, ctx);
      if (subject.length) lastSubject = subject;
      let deadlines = findDeadlines(text, { inActionColumn: unit.role === 'action', ...meetingOf(ctx) });
      if (underLead && hits.length && owners.length && !deadlines.length) deadlines = findDeadlines(underLead, meetingOf(ctx));
      if (!owners.length && deadlines.length && lastTask && FOLLOW_UP_NOUN.test(text)) {
        lastTask.deadlines.push(...deadlines);
        continue;
      }
      // in a list of decisions taken elsewhere a date without anyone to meet it is a decision's date;
      // in a row with Ansvarig and Klart columns the row's own columns say who and when, and a date
      // in its notes with nobody to meet it is the notes' ("annonsen ligger ute till 1/2")
      // (unless it says "senast": "Svar ska lämnas till länsstyrelsen senast den 30 april")
      // (where each line has its own Ansv and Klart columns, a date in a line with nobody in them is the text's)
      if (owners.length || (deadlines.length && !reportedDecisions && !ctx.lineColumns && (!rowHasFollowUpColumns || /(?<![\p{L}])(?:senast|deadline|sista dag)(?![\p{L}])/iu.test(text)))) {
        actions.push((lastTask = { text: text.replace(/[.]$/, ''), owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(text), page }));
      }
    }
  }
  if (item.cells.length || item.taskRows?.length) {
    const rows = rowTasks(item, ctx, quote);
    // an agenda table's row with a Vem cell: "Åtgärdsförslag tas fram till nästa LG" in its
    // notes is the row's task, owned by that cell, not a second task without an owner
    const rowOwned = item.cells.some((c) => c.role === 'owner') ? rows.find((r) => r.owners.length && !r.fromList) : undefined;
    if (rowOwned) {
      // the sentence tasks of the row's notes without an owner, or with the row's own owners
      // ("Kim uppdaterar rutinen" beside "KE"), are the row's task again
      const key = ownerKey(ctx.participants);
      const rowKeys = new Set(rowOwned.owners.map((o) => key(o.text)));
      const isRows = (x: ExtractedTask) => !x.owners.length || x.owners.every((o) => rowKeys.has(key(o.text)));
      const same = (x: DeadlineMention, y: DeadlineMention) => JSON.stringify(x.parts) === JSON.stringify(y.parts);
      for (const a of actions.filter(isRows)) rowOwned.deadlines.push(...a.deadlines.filter((d) => !rowOwned.deadlines.some((r) => same(r, d))));
      actions.splice(0, actions.length, ...actions.filter((x) => !isRows(x)));
    }
    actions.push(...rows);
  }
  return { ...item, text: units.map((u) => u.text).join(' '), decisions, actions };
}

/**
 * "Ansv: GE – v.18", "Ansv: Arkitekten, v.23": the owners, then their date after a dash or a
 * comma without a "Klart" of its own (a comma between owners leaves no date after it).
 */
function ownersAndDeadlines(line: RegExpExecArray, ctx: ItemContext): [string, DeadlineMention[]] {
  const due = (text: string) => findDeadlines(text, { inActionColumn: true, ...meetingOf(ctx) });
  if (line[2]) return [line[1]!, due(line[2])];
  const split = /^(.*?\S)(?:\s+[–—-]\s+|,\s*)([^,–—]{2,30})$/u.exec(line[1]!.replace(/[.]\s*$/u, ''));
  const deadlines = split ? due(split[2]!) : [];
  return deadlines.length ? [split![1]!, deadlines] : [line[1]!, []];
}

/** "…, efter påsk", "…, till midsommar": the time a to-do line ends with after its last comma, as a Klart column holds it. */
function timeAfterComma(text: string, ctx: ItemContext): RegExpExecArray | null {
  const tail = /,\s*([^,]{2,40}?)\s*\.?$/u.exec(text);
  return tail && findDeadlines(tail[1]!, { inActionColumn: true, ...meetingOf(ctx) }).some((d) => d.text.length >= tail[1]!.trim().length - 2) ? tail : null;
}

/** a weekday, alone, ending a to-do line: its Klart column typed without a separator */
const WEEKDAY_AT_END = new RegExp(`\\s(${alternation(Object.keys(WEEKDAYS))})\\.?$`, 'iu');

/** A verb in the present (or "ska") after a subject of one to four words: the words run on as a sentence. */
const SUBJECT_THEN_VERB = /^\S+(?:\s+\S+){0,3}?\s+(?:ska|skall|\p{Ll}+(?:ar|er|ir|år|är))\s+\S/u;

/** "projektledaren begär in en kalkyl", "Annika tar upp ärendet": the owners of an owner label's sentence (none for a plain list of owners). */
function ownersOfLabelledSentence(text: string, ctx: ItemContext): string[] {
  return text.split(/\s+/u).length >= 4 && SUBJECT_THEN_VERB.test(text) ? clauseSubject(text, ctx) : [];
}

/** "Trafikingenjören kompletterar underlaget": the sentence opens with its owner doing a verb in the present. */
function isOwnersPresentTask(sentence: string, ctx: ItemContext): boolean {
  const first = findTasks(sentence, ctx)[0];
  // ("Tobias Lind (SD) lämnar …": the party after the name is no part of the subject)
  const subject = clauseSubject(sentence.replace(/\s*\(\p{Lu}{1,3}\)(?=\s)/gu, ''), ctx);
  return !!first && first.owners.length > 0 && /^\p{L}+(?:ar|er|r)$/u.test(first.verb) && !/^(?:får|ges|uppdras|ombeds)$/u.test(first.verb) && subject.length > 0;
}

function decisionTask(hit: DecisionHit, sentence: string, page: number | null, ctx: ItemContext, quote: (q: string) => string): ExtractedTask {
  const hits = findTasks(hit.text, ctx);
  let owners = [...new Set(hits.flatMap((h) => h.owners))];
  if (hits.length && !owners.length) {
    const clause = hit.text.replace(/^att\s+/u, '');
    const shift = hit.text.length - clause.length;
    owners = [...new Set(hits.flatMap((h) => subjectOfVerb(clause, h.index - shift, ctx)))];
  }
  const deadlines: DeadlineMention[] = findDeadlines(hit.text, meetingOf(ctx));
  return { text: hit.text, owners: owners.map((o) => ({ text: o })), deadlines, quote: quote(sentence), page, decidedBy: hit.decidedBy };
}
