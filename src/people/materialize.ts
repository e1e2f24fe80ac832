/**
 * Owners resolved in the store, so that `--owner` is a plain indexed query. An owner's resolution
 * (resolve.ts: who "HR-chef", "KH" or "Annika" is at that meeting) and the role its person held
 * nearest the meeting depend on the participant lists of other meetings, so they change as
 * meetings come and go. Writers note which keys changed (store/write.ts markPeopleStale); before an
 * --owner query, the owners those keys can touch are resolved again here, with the very functions
 * the follow-up list shows resolutions with. After an import that is every owner, once (about a
 * second at 10,000 meetings); after one new meeting, the owners its people's keys can resolve.
 */
import { reindexResolvedKeys } from '../store/owner-keys.js';
import { inList, type SqlDb } from '../store/sql.js';
import { contextOf, loadMentions, ownerKeysOf, type OwnerRow } from './lookup.js';
import { MentionIndex, resolveOwner, roleAt, shownResolution } from './resolve.js';

const OWNER_COLUMNS = `o.task_id, o.meeting_id, o.ordinal, o.text, o.name, o.initials, o.role,
  o.text_key, o.name_key, o.first_key, o.initials_key, o.role_key, o.approx_date, o.body_key`;

/** Resolves the owners that changes to the participant lists left stale; a no-op (one cheap query) when none are. */
export async function ensureOwnersResolved(db: SqlDb): Promise<void> {
  const [any] = await db.all<{ key: string }>('SELECT key FROM people_stale LIMIT 1');
  if (!any) return;
  await db.transaction(async (tx) => {
    const stale = (await tx.all<{ key: string }>('SELECT key FROM people_stale')).map((r) => r.key);
    if (stale.length === 0) return;
    const of = (prefix: string) => stale.filter((k) => k.startsWith(`${prefix}:`)).map((k) => k.slice(prefix.length + 1));
    const meetings = of('m');
    const owners = await staleOwners(tx, { meetings, names: of('n'), initials: of('i'), roles: of('r'), firsts: of('f') });
    const changed = await resolveAndStore(tx, owners);
    // --owner's index: the tasks whose owners are now someone else (a meeting's keys are made
    // with the meeting, store/write.ts, from its owners as they were resolved then)
    await reindexResolvedKeys(tx, changed);
    // only the keys read: a writer may have added more meanwhile (they stay for the next query)
    const done = inList(tx, 'key', stale);
    await tx.run(`DELETE FROM people_stale WHERE ${done.sql}`, [done.param]);
  }, 'people');
}

interface Stale { meetings: string[]; names: string[]; initials: string[]; roles: string[]; firsts: string[] }

/** Listed owners whose resolution or person's role the stale keys can change. */
type Resolved = OwnerRow & { person_key: string | null; person_first: string | null; person_role: string | null; resolved: string | null };

async function staleOwners(tx: SqlDb, stale: Stale): Promise<Resolved[]> {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (list: string) => string, column: string, values: string[]) => {
    if (values.length === 0) return;
    const list = inList(tx, column, values);
    parts.push(sql(list.sql));
    params.push(list.param);
  };
  add((l) => l, 'o.meeting_id', stale.meetings);
  add((l) => l, 'o.person_key', stale.names);
  add((l) => l, 'o.name_key', stale.names);
  add((l) => `(o.name_key IS NULL AND ${l})`, 'o.initials_key', stale.initials);
  add((l) => `(o.name_key IS NULL AND ${l})`, 'o.role_key', stale.roles);
  add((l) => `(o.name_key IS NULL AND ${l})`, 'o.first_key', stale.firsts);
  if (parts.length === 0) return [];
  return tx.all<Resolved>(
    `SELECT ${OWNER_COLUMNS}, o.person_key, o.person_first, o.person_role, o.resolved FROM owners o JOIN tasks t ON t.id = o.task_id WHERE t.listed = 1 AND (${parts.join(' OR ')})`, params);
}

/**
 * Resolves owners as resolve.ts does and stores who they are and the role their person held then.
 * Returns the tasks whose owners changed.
 */
async function resolveAndStore(tx: SqlDb, owners: Resolved[]): Promise<string[]> {
  if (owners.length === 0) return [];
  const unnamed = owners.filter((o) => o.name_key === null);
  const keys = (pick: (o: OwnerRow) => string | null) => [...new Set(unnamed.map(pick).filter((k): k is string => k !== null))];
  const forResolving = await loadMentions(tx, { nameKeys: [], firstKeys: keys((o) => o.first_key), initialsKeys: keys((o) => o.initials_key), roleKeys: keys((o) => o.role_key) });
  const byKeys = new MentionIndex(forResolving);
  const resolved = owners.map((o) => ({ o, r: resolveOwner(ownerKeysOf(o), contextOf(o), byKeys) }));
  // every mention of the people found, for the role each held nearest the meeting
  const people = [...new Set(resolved.map(({ r }) => r?.personKey).filter((k): k is string => !!k && !k.includes('@')))];
  const withPeople = new MentionIndex([...forResolving, ...await loadMentions(tx, { nameKeys: people, firstKeys: [], initialsKeys: [], roleKeys: [] })]);
  const rows = resolved.map(({ o, r }) => {
    const person = r?.personKey ?? null;
    const shown = shownResolution(r);
    return [person, person ? person.split(' ')[0]! : null, person ? roleAt(person, contextOf(o), withPeople) : null, shown ? JSON.stringify(shown) : null, o.task_id, Number(o.ordinal), o] as const;
  }).filter(([person, first, role, shown, , , o]) => person !== o.person_key || first !== o.person_first || role !== o.person_role || shown !== o.resolved)
    .map(([person, first, role, shown, taskId, ordinal]) => [person, first, role, shown, taskId, ordinal] as const);
  if (tx.dialect === 'postgres') {
    for (let start = 0; start < rows.length; start += 5000) {
      const chunk = rows.slice(start, start + 5000);
      const column = (i: number) => chunk.map((r) => r[i]);
      await tx.run(
        `UPDATE owners o SET person_key = v.person_key, person_first = v.person_first, person_role = v.person_role, resolved = v.resolved
         FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int[])) AS v(person_key, person_first, person_role, resolved, task_id, ordinal)
         WHERE o.task_id = v.task_id AND o.ordinal = v.ordinal`,
        [column(0), column(1), column(2), column(3), column(4), column(5)]);
    }
  } else {
    for (const r of rows) await tx.run('UPDATE owners SET person_key = ?, person_first = ?, person_role = ?, resolved = ? WHERE task_id = ? AND ordinal = ?', [...r]);
  }
  return rows.map((r) => r[4]);
}
