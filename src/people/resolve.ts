/**
 * Who an owner is: an owner written as a role ("HR-chef"), initials ("KH") or a first name
 * ("Annika") is resolved to a named participant, first in the same meeting, else in the meeting
 * of the same body nearest in time, else in any meeting nearest in time, where someone of that
 * role, initials or first name took part. The participant mention is kept as evidence, so a reader
 * can check the link.
 */
import type { PersonKeys } from './keys.js';

export interface Mention {
  meetingId: string;
  /** the meeting's date, or the middle of its reference year when the minutes give no date */
  when: string | null;
  bodyKey: string | null;
  /** "FLG 2024-04-02": how evidence names the meeting */
  meetingLabel: string;
  name: string | null;
  initials: string | null;
  role: string | null;
  nameKey: string | null;
  firstKey: string | null;
  initialsKey: string | null;
  roleKey: string | null;
}

export interface MeetingContext {
  id: string;
  when: string | null;
  bodyKey: string | null;
}

export interface Resolution {
  /** the person's full name as a participant list wrote it */
  name: string;
  /** identity of the person across meetings */
  personKey: string;
  via: 'name' | 'initials' | 'role' | 'first-name';
  /** the participant entry the link rests on; null when the owner was named in full */
  evidence: Mention | null;
}

/** Identity of a participant across meetings: the folded full name. Single names stay per meeting. */
export function personKeyOf(m: Pick<Mention, 'nameKey' | 'name' | 'meetingId'>): string | null {
  if (m.nameKey) return m.nameKey;
  return m.name ? `${m.name.toLowerCase()}@${m.meetingId}` : null;
}

const dayOf = (iso: string | null): number => (iso ? Date.parse(`${iso}T00:00:00Z`) / 86_400_000 : Number.NaN);

interface Dated { day: number; mention: Mention }

/** Named mentions sharing one key, ordered by date, for nearest-in-time lookups in log time. */
class MentionGroup {
  private readonly dated: Dated[];
  private readonly undated: Mention[];
  private readonly byBody = new Map<string, MentionGroup>();
  private readonly byMeeting = new Map<string, Mention>();

  /** `byBodyToo`: also group by body (the top level does; the body groups themselves don't) */
  constructor(mentions: Mention[], byBodyToo = true) {
    const named = mentions.filter((m) => m.name);
    this.dated = named.map((mention) => ({ day: dayOf(mention.when), mention })).filter((d) => !Number.isNaN(d.day)).sort((a, b) => a.day - b.day);
    this.undated = named.filter((m) => Number.isNaN(dayOf(m.when)));
    if (!byBodyToo) return;
    const bodies = new Map<string, Mention[]>();
    for (const m of named) {
      if (!this.byMeeting.has(m.meetingId)) this.byMeeting.set(m.meetingId, m);
      if (m.bodyKey) bodies.set(m.bodyKey, [...(bodies.get(m.bodyKey) ?? []), m]);
    }
    for (const [body, list] of bodies) this.byBody.set(body, new MentionGroup(list, false));
  }

  /** Same meeting, then same body nearest in time, then any nearest in time; ties go to the later. */
  nearest(meeting: MeetingContext): Mention | null {
    const same = this.byMeeting.get(meeting.id);
    if (same) return same;
    const body = meeting.bodyKey ? this.byBody.get(meeting.bodyKey) : undefined;
    return (body && body.closest(meeting)) ?? this.closest(meeting);
  }

  private closest(meeting: MeetingContext): Mention | null {
    const day = dayOf(meeting.when);
    if (this.dated.length === 0) return this.undated[0] ?? null;
    if (Number.isNaN(day)) return this.dated[this.dated.length - 1]!.mention;
    // first index with a day after `day`; its left neighbour is on or before
    let lo = 0;
    let hi = this.dated.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.dated[mid]!.day <= day) lo = mid + 1;
      else hi = mid;
    }
    const after = this.dated[lo];
    const before = this.dated[lo - 1];
    if (!before) return after!.mention;
    if (!after) return before.mention;
    return after.day - day <= day - before.day ? after.mention : before.mention;
  }
}

/** Participant mentions looked up by key, each key's mentions ordered for nearest-in-time lookups. */
export class MentionIndex {
  private readonly groups = {
    name: new Map<string, Mention[]>(),
    first: new Map<string, Mention[]>(),
    initials: new Map<string, Mention[]>(),
    role: new Map<string, Mention[]>(),
    person: new Map<string, Mention[]>(),
    /** a person's mentions that give a role */
    personRole: new Map<string, Mention[]>(),
  };
  private readonly built = new Map<string, MentionGroup>();

  constructor(mentions: Mention[]) {
    const add = (map: Map<string, Mention[]>, key: string | null, m: Mention) => {
      if (key === null) return;
      const list = map.get(key);
      if (list) list.push(m);
      else map.set(key, [m]);
    };
    for (const m of mentions) {
      add(this.groups.name, m.nameKey, m);
      add(this.groups.first, m.firstKey, m);
      add(this.groups.initials, m.initialsKey, m);
      add(this.groups.role, m.roleKey, m);
      add(this.groups.person, personKeyOf(m), m);
      if (m.roleKey) add(this.groups.personRole, personKeyOf(m), m);
    }
  }

  /** mentions under one key */
  list(kind: keyof MentionIndex['groups'], key: string | null): Mention[] {
    return key === null ? [] : this.groups[kind].get(key) ?? [];
  }

  /** the mention under this key nearest the meeting (see MentionGroup.nearest) */
  nearest(kind: keyof MentionIndex['groups'], key: string | null, meeting: MeetingContext): Mention | null {
    if (key === null) return null;
    const id = `${kind}\u0000${key}`;
    let group = this.built.get(id);
    if (!group) {
      group = new MentionGroup(this.list(kind, key));
      this.built.set(id, group);
    }
    return group.nearest(meeting);
  }
}

/**
 * Resolves an owner with the participant mentions at hand. The index must hold the mentions that
 * share the owner's initials, role or first name key (the store loads exactly those).
 */
export function resolveOwner(owner: PersonKeys & { name?: string | null; text?: string }, meeting: MeetingContext, mentions: MentionIndex): Resolution | null {
  if (owner.nameKey) {
    const seen = mentions.list('name', owner.nameKey).find((m) => m.meetingId === meeting.id) ?? null;
    const name = seen?.name ?? owner.name ?? owner.text ?? owner.nameKey;
    return { name, personKey: owner.nameKey, via: 'name', evidence: seen };
  }
  const attempts = [['initials', 'initials', owner.initialsKey], ['role', 'role', owner.roleKey], ['first-name', 'first', owner.firstKey]] as const;
  for (const [via, kind, key] of attempts) {
    const found = mentions.nearest(kind, key, meeting);
    const personKey = found && personKeyOf(found);
    if (found?.name && personKey) return { name: found.name, personKey, via, evidence: found };
  }
  return null;
}

/**
 * A resolution as the follow-up list shows it: the person a role, initials or first name stands
 * for, and the participant entry that says so; null for an owner named in full or not resolved.
 */
export function shownResolution(r: Resolution | null): { name: string; via: Resolution['via']; evidence: string | null } | null {
  if (!r || r.via === 'name') return null;
  const e = r.evidence;
  const as = e ? [e.role, e.initials && `(${e.initials})`].filter(Boolean).join(' ') : '';
  return { name: r.name, via: r.via, evidence: e ? `${e.name}${as ? `, ${as}` : ''}, in the participant list of ${e.meetingLabel}` : null };
}

/** The role a person held nearest the meeting, from the participant lists. */
export function roleAt(personKey: string, meeting: MeetingContext, mentions: MentionIndex): string | null {
  return mentions.nearest('personRole', personKey, meeting)?.roleKey ?? null;
}
