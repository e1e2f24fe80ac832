/**
 * The people directory: everyone in the participant lists across meetings, with the spellings,
 * initials and roles they appear under and when. A pure function over participant mentions.
 */
import { personKeyOf, type Mention } from './resolve.js';

export interface DirectoryRole {
  role: string;
  /** first and last meeting (date, or reference-year middle) with this role */
  from: string | null;
  to: string | null;
  meetings: number;
}

export interface DirectoryPerson {
  /** the spelling seen most often */
  name: string;
  names: string[];
  initials: string[];
  roles: DirectoryRole[];
  meetings: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export function buildDirectory(mentions: Mention[]): DirectoryPerson[] {
  const byPerson = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = personKeyOf(m);
    if (!key || !m.nameKey) continue; // single names ("Mikael") cannot be told apart across meetings
    const list = byPerson.get(key);
    if (list) list.push(m);
    else byPerson.set(key, [m]);
  }
  const people = [...byPerson.values()].map((list): DirectoryPerson => {
    const spellings = countBy(list.map((m) => m.name!));
    const dates = list.map((m) => m.when).filter((d): d is string => d !== null).sort();
    const roles = new Map<string, Mention[]>();
    for (const m of list) if (m.role) roles.set(m.roleKey ?? m.role, [...(roles.get(m.roleKey ?? m.role) ?? []), m]);
    return {
      name: spellings[0]![0],
      names: spellings.map(([s]) => s),
      initials: countBy(list.map((m) => m.initials).filter((i): i is string => i !== null)).map(([s]) => s),
      roles: [...roles.values()].map((ms) => {
        const when = ms.map((m) => m.when).filter((d): d is string => d !== null).sort();
        return { role: countBy(ms.map((m) => m.role!))[0]![0], from: when[0] ?? null, to: when[when.length - 1] ?? null, meetings: new Set(ms.map((m) => m.meetingId)).size };
      }).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')),
      meetings: new Set(list.map((m) => m.meetingId)).size,
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
    };
  });
  return people.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Values with their counts, most frequent first (ties: first seen first). */
function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
