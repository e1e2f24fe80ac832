/**
 * One meeting, many files: the rule that decides whether two records are the same meeting, and
 * which of the copies is shown. Pure functions; write.ts applies them in the store.
 *
 * Two records are the same meeting when
 *   1. they name the same body (case and spacing aside) and the same meeting date (a day; records
 *      without a body or a date are never grouped: nothing says they are the same),
 *   2. their start times do not disagree (both given and different: two meetings that day), and
 *   3. their agenda items agree: of the shorter agenda, at least 80 % of the item titles (words
 *      only: numbering, "§", case and punctuation aside) are also items of the other.
 * So the same minutes as PDF, DOCX, DOC and text are one meeting, a corrected version with an item
 * more or less is the same meeting, and a second meeting of the same body that day (other items)
 * is not. Grouping is transitive (a copy that matches either of two copies joins both).
 *
 * Of a group, the newest copy is shown (listed): the one whose record file was written last, i.e.
 * the file imported last; ties go to the larger record id, so every store picks the same one.
 */

export interface GroupMember {
  id: string;
  startTime: string | null;
  /** normalized item titles (itemKeys) */
  itemKeys: readonly string[];
  /** when the newest record file of this meeting was written (ms), or null */
  newest: number | null;
}

/** The share of the shorter agenda that must be found in the other. */
export const SAME_AGENDA = 0.8;

/** An item title as grouping compares it: lower-case words, numbers (§ 3, 3.) left out. */
export function itemKey(title: string): string {
  return (title.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []).join(' ');
}

export function itemKeys(titles: readonly string[]): string[] {
  return [...new Set(titles.map(itemKey).filter((k) => k.length > 0))];
}

/** The key under which candidate copies are looked for: body and day, or null (never grouped). */
export function groupingKey(bodyKey: string | null, date: string | null): string | null {
  return bodyKey && date ? `${bodyKey}|${date}` : null;
}

export function sameMeeting(a: GroupMember, b: GroupMember): boolean {
  if (a.startTime && b.startTime && a.startTime !== b.startTime) return false;
  const [short, long] = a.itemKeys.length <= b.itemKeys.length ? [a.itemKeys, b.itemKeys] : [b.itemKeys, a.itemKeys];
  if (short.length === 0) return false;
  const other = new Set(long);
  const shared = short.filter((k) => other.has(k)).length;
  return shared >= SAME_AGENDA * short.length;
}

/** The copy a group shows: newest record first, then the larger id. */
export function newer(a: GroupMember, b: GroupMember): GroupMember {
  const ta = a.newest ?? -Infinity;
  const tb = b.newest ?? -Infinity;
  if (ta !== tb) return ta > tb ? a : b;
  return a.id > b.id ? a : b;
}

export interface Grouped {
  id: string;
  /** the id of the group's shown copy */
  groupId: string;
  listed: boolean;
}

/** Groups the records of one body and day (see the rule above). */
export function groupMeetings(members: readonly GroupMember[]): Grouped[] {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (find(i) !== find(j) && sameMeeting(members[i]!, members[j]!)) parent[find(j)] = find(i);
    }
  }
  const winner = new Map<number, GroupMember>();
  members.forEach((m, i) => {
    const root = find(i);
    const best = winner.get(root);
    winner.set(root, best ? newer(best, m) : m);
  });
  return members.map((m, i) => {
    const groupId = winner.get(find(i))!.id;
    return { id: m.id, groupId, listed: groupId === m.id };
  });
}
