/**
 * Who an owner is: an owner written as a role ("HR-chef"), initials ("KH") or a first name
 * ("Annika") is resolved to a named participant, first in the same meeting, else in the meeting
 * nearest in time (the same body preferred) where someone of that role, initials or first name
 * took part. The participant mention is kept as evidence, so a reader can check the link.
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

export function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Candidates ranked: same meeting, then same body, then nearest in time, then the later one. */
export function nearestMention(candidates: Mention[], meeting: MeetingContext): Mention | null {
  let best: Mention | null = null;
  let bestRank: number[] = [];
  for (const m of candidates) {
    if (!m.name) continue;
    const distance = m.when && meeting.when ? daysBetween(m.when, meeting.when) : 1e6;
    const rank = [
      m.meetingId === meeting.id ? 0 : 1,
      meeting.bodyKey && m.bodyKey === meeting.bodyKey ? 0 : 1,
      distance,
      -(m.when ? Date.parse(m.when) : 0),
    ];
    if (!best || lexicallyLess(rank, bestRank)) {
      best = m;
      bestRank = rank;
    }
  }
  return best;
}

function lexicallyLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * Resolves an owner with the participant mentions at hand. `mentions` must hold every mention that
 * shares a name, initials, role or first name key with the owner (the store loads exactly those).
 */
export function resolveOwner(owner: PersonKeys & { name?: string | null; text?: string }, meeting: MeetingContext, mentions: Mention[]): Resolution | null {
  if (owner.nameKey) {
    const seen = mentions.find((m) => m.nameKey === owner.nameKey && m.meetingId === meeting.id) ?? null;
    const name = seen?.name ?? owner.name ?? owner.text ?? owner.nameKey;
    return { name, personKey: owner.nameKey, via: 'name', evidence: seen };
  }
  const attempts: [Resolution['via'], (m: Mention) => boolean][] = [
    ['initials', (m) => owner.initialsKey !== null && m.initialsKey === owner.initialsKey],
    ['role', (m) => owner.roleKey !== null && m.roleKey === owner.roleKey],
    ['first-name', (m) => owner.firstKey !== null && m.firstKey === owner.firstKey],
  ];
  for (const [via, fits] of attempts) {
    const found = nearestMention(mentions.filter(fits), meeting);
    const personKey = found && personKeyOf(found);
    if (found?.name && personKey) return { name: found.name, personKey, via, evidence: found };
  }
  return null;
}

/** The role a person held nearest the meeting, from the participant lists. */
export function roleAt(personKey: string, meeting: MeetingContext, mentions: Mention[]): string | null {
  const own = mentions.filter((m) => m.roleKey && personKeyOf(m) === personKey);
  return nearestMention(own, meeting)?.roleKey ?? null;
}
