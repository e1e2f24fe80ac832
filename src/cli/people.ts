import type { Command } from 'commander';
import { buildDirectory, type DirectoryPerson } from '../people/directory.js';
import { loadAllMentions, loadMentions } from '../people/lookup.js';
import { expandKeys, mentionAnswers, ownerQueryKeys } from '../people/owner-query.js';
import { personKeyOf } from '../people/resolve.js';
import { addStoreOptions, withStore, type StoreCliOptions } from './store-access.js';

interface PeopleOptions extends StoreCliOptions { json?: boolean }

export function registerPeople(program: Command): void {
  addStoreOptions(
    program
      .command('people')
      .description('the people directory from all participant lists: names, initials and roles over time')
      .argument('[who]', 'only people answering to this name, initials or role')
      .option('--json', 'print the directory as JSON'),
  ).action(async (who: string | undefined, opts: PeopleOptions) => {
    process.exitCode = await runPeople(who, opts);
  });
}

export async function runPeople(who: string | undefined, opts: PeopleOptions): Promise<number> {
  return withStore(opts, async (store) => {
    let people: DirectoryPerson[];
    if (who) {
      const q = ownerQueryKeys(who);
      const own = (v: string | null) => (v ? [v] : []);
      const answering = await loadMentions(store.db, { nameKeys: own(q.nameKey), firstKeys: own(q.firstKey), initialsKeys: own(q.initialsKey), roleKeys: own(q.roleKey) });
      const names = expandKeys(q, answering.filter((m) => mentionAnswers(q, m))).nameKeys;
      const all = await loadMentions(store.db, { nameKeys: names, firstKeys: [], initialsKeys: [], roleKeys: [] });
      const wanted = new Set(answering.map(personKeyOf));
      people = buildDirectory(all.filter((m) => wanted.has(personKeyOf(m))));
    } else {
      people = buildDirectory(await loadAllMentions(store.db));
    }
    if (opts.json) process.stdout.write(`${JSON.stringify(people, null, 2)}\n`);
    else process.stdout.write(people.length ? people.map(formatPerson).join('') : 'nobody found\n');
    return 0;
  });
}

function formatPerson(p: DirectoryPerson): string {
  const aka = [...p.names.slice(1), ...p.initials].join(', ');
  const roles = p.roles.map((r) => `   ${r.role}: ${r.from === r.to ? r.from : `${r.from} – ${r.to}`} (${r.meetings} meeting${r.meetings === 1 ? '' : 's'})`);
  return [`${p.name}${aka ? ` (${aka})` : ''}: ${p.meetings} meeting${p.meetings === 1 ? '' : 's'}, ${p.firstSeen ?? '?'} – ${p.lastSeen ?? '?'}`, ...roles].join('\n') + '\n';
}
