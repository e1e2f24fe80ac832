import type { Command } from 'commander';
import { dateBound, DateOptionError } from '../search/date-bounds.js';
import { search, QueryError, type SearchHit } from '../search/search.js';
import { MARK_CLOSE, MARK_OPEN } from '../search/snippet.js';
import { addStoreOptions, UsageError, withStore, type StoreCliOptions } from './store-access.js';

interface SearchCliOptions extends StoreCliOptions {
  body?: string;
  from?: string;
  to?: string;
  owner?: string;
  decisions?: boolean;
  json?: boolean;
  limit: string;
}

export function registerSearch(program: Command): void {
  addStoreOptions(
    program
      .command('search')
      .description('search meeting titles, agenda items, decisions and tasks (Swedish word forms: "beslut" finds "beslutade")')
      .argument('<query>', 'words (all must match, each also as the start of longer words) and "quoted phrases"')
      .option('--body <name>', 'only meetings of this body, e.g. FLG (part of the name, any case)')
      .option('--from <date>', 'only meetings on or after this date (2024-04-02, 2024-04 or 2024)')
      .option('--to <date>', 'only meetings on or before this date')
      .option('--owner <who>', 'only items with a task for this person: name, initials or role')
      .option('--decisions', 'list matching decisions instead of agenda items')
      .option('--json', 'print the hits as JSON')
      .option('--limit <n>', 'at most this many hits', '20'),
  ).action(async (query: string, opts: SearchCliOptions) => {
    process.exitCode = await runSearch(query, opts);
  });
}

export async function runSearch(query: string, opts: SearchCliOptions): Promise<number> {
  return withStore(opts, async (store) => {
    const limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number above 0, not "${opts.limit}"`);
    let hits: SearchHit[];
    try {
      hits = await search(store.db, {
        query,
        body: opts.body,
        from: opts.from ? dateBound(opts.from, 'from', '--from') : undefined,
        to: opts.to ? dateBound(opts.to, 'to', '--to') : undefined,
        owner: opts.owner,
        decisions: opts.decisions,
        limit,
        origin: store.origin,
      });
    } catch (error) {
      if (error instanceof QueryError || error instanceof DateOptionError) throw new UsageError(error.message);
      throw error;
    }
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    } else if (hits.length === 0) {
      process.stderr.write('no hits\n');
    } else {
      process.stdout.write(formatHits(hits, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR));
    }
    return 0;
  });
}

export function formatHits(hits: SearchHit[], color: boolean): string {
  const mark = (s: string) => (color ? s.split(MARK_OPEN).join('\x1b[1m').split(MARK_CLOSE).join('\x1b[22m') : s);
  return hits
    .map((h, i) => {
      const when = h.meeting.date ?? (h.meeting.referenceYear ? `${h.meeting.referenceYear} (no date)` : 'no date');
      const where = [h.meeting.body ?? h.meeting.title, when].filter(Boolean).join(' ');
      const item = `${h.item.number ?? `${h.item.ordinal}.`} ${h.item.title}`.trim();
      const lines = [`${i + 1}. ${where} · ${item}`];
      if (h.decision?.decidedBy) lines.push(`   decided by ${h.decision.decidedBy}:`);
      if (h.snippet) lines.push(`   ${mark(h.snippet)}`);
      lines.push(`   ${h.file}${h.page ? ` p. ${h.page}` : ''}  [${h.id}]`);
      if (h.copies.length > 1) lines.push(`   also as: ${h.copies.slice(1).join(', ')}`);
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
