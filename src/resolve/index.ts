import type { ExtractedMinutes } from '../extract/types.js';
import type { MeetingHeader } from '../segment/types.js';
import type { AgendaItem, Meeting, Person } from '../record/schema.js';

type UnnumberedTask<T> = Omit<T, 'id'>;
export interface ResolvedItem extends Omit<AgendaItem, 'id' | 'ordinal' | 'decisions' | 'actions'> {
  decisions: UnnumberedTask<AgendaItem['decisions'][number]>[];
  actions: UnnumberedTask<AgendaItem['actions'][number]>[];
}
export interface ResolvedMinutes {
  meeting: Meeting;
  participants: Person[];
  items: ResolvedItem[];
  warnings: string[];
}

export function resolveMinutes(header: MeetingHeader, minutes: ExtractedMinutes): ResolvedMinutes {
  const { participants, ...rest } = header;
  return {
    meeting: { ...rest, referenceYear: header.date ? Number(header.date.slice(0, 4)) : null },
    participants,
    items: minutes.items.map((it) => ({
      number: it.number, title: it.title, presenters: it.presenters, itemTypes: it.itemTypes, text: it.text, page: it.page,
      decisions: [], actions: [],
    })),
    warnings: [],
  };
}
