/**
 * Resolve stage: owners to the people of the participant list, dates to calendar values against
 * the meeting date (or, where the minutes have none, the year their own dates point to).
 */
import type { ExtractedMinutes, ExtractedTask } from '../extract/types.js';
import type { Action, AgendaItem, Deadline, Meeting, Person } from '../record/schema.js';
import type { MeetingHeader } from '../segment/types.js';
import { resolveDate, type DateAnchor } from './dates.js';
import { resolveOwner } from './people.js';

type Unnumbered<T> = Omit<T, 'id'>;
export interface ResolvedItem extends Omit<AgendaItem, 'id' | 'ordinal' | 'decisions' | 'actions'> {
  decisions: Unnumbered<AgendaItem['decisions'][number]>[];
  actions: Unnumbered<AgendaItem['actions'][number]>[];
}
export interface ResolvedMinutes {
  meeting: Meeting;
  participants: Person[];
  items: ResolvedItem[];
  warnings: string[];
}

export function resolveMinutes(header: MeetingHeader, minutes: ExtractedMinutes): ResolvedMinutes {
  const { participants, ...rest } = header;
  const warnings: string[] = [];
  let referenceYear = header.date ? Number(header.date.slice(0, 4)) : (minutes.yearsMentioned[0] ?? null);
  if (!header.date) {
    warnings.push(referenceYear
      ? `the minutes state no meeting date; dates without a year were read as ${referenceYear}, the year the document's own dates point to`
      : 'the minutes state no meeting date and no year; dates without a year could not be resolved');
  }
  const anchor: DateAnchor = { date: header.date, referenceYear };
  const task = (t: ExtractedTask): Unnumbered<Action> => ({
    text: t.text,
    owners: dedupeOwners(t.owners.map((o) => resolveOwner(o.text, participants))),
    deadlines: t.deadlines.map((d): Deadline => ({ text: d.text, kind: d.kind, ...resolveDate(d.parts, anchor) })),
    evidence: { page: t.page, quote: t.quote },
  });
  return {
    meeting: { ...rest, referenceYear },
    participants,
    items: minutes.items.map((it) => ({
      number: it.number,
      title: it.title,
      presenters: it.presenters,
      itemTypes: it.itemTypes,
      text: it.text,
      page: it.page,
      decisions: it.decisions.map((d) => ({ ...task(d), decidedBy: d.decidedBy ?? null })),
      actions: it.actions.map(task),
    })),
    warnings,
  };
}

/** One owner per person: "AA" and "Annika" resolved to Annika Andersson are the same owner. */
function dedupeOwners<T extends { text: string; name: string | null }>(owners: T[]): T[] {
  const seen = new Set<string>();
  return owners.filter((o) => {
    const key = (o.name ?? o.text).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
