import type { Command } from 'commander';
import { followupCsv } from '../followup/csv.js';
import { followupIcs, icsCounts } from '../followup/ics.js';
import { followupPage } from '../followup/list.js';
import { followupText } from '../followup/text.js';
import { dateBound, DateOptionError } from '../search/date-bounds.js';
import { writeFileAtomically } from '../util/atomic-write.js';
import { addStoreOptions, UsageError, withStore, type StoreCliOptions } from './store-access.js';

const FORMATS = ['table', 'json', 'csv', 'ics'] as const;

interface FollowupCliOptions extends StoreCliOptions {
  owner?: string;
  open?: boolean;
  overdue?: boolean;
  today?: string;
  dueBefore?: string;
  body?: string;
  format: string;
  out?: string;
  limit?: string;
  offset?: string;
}

export function registerFollowup(program: Command): void {
  addStoreOptions(
    program
      .command('followup')
      .description('list tasks from decisions and actions: owners, due dates, meeting, item and quote')
      .option('--owner <who>', 'tasks for this person: full name, initials or role ("Karolina Håkansson", "KH", "HR-chef")')
      .option('--open', 'only tasks not marked done')
      .option('--overdue', 'only open tasks whose due date has passed')
      .option('--today <date>', 'the date --overdue compares with (default: today)')
      .option('--due-before <date>', 'only tasks due before this date')
      .option('--body <name>', 'only meetings of this body, e.g. FLG')
      .option('--format <format>', `output: ${FORMATS.join(', ')} (csv for Excel, ics for Outlook and Google Calendar)`, 'table')
      .option('-o, --out <file>', 'write to this file instead of standard output')
      .option('--limit <n>', 'at most this many tasks (the list\'s first; with --offset, a later page)')
      .option('--offset <n>', 'skip this many tasks first'),
  ).action(async (opts: FollowupCliOptions) => {
    process.exitCode = await runFollowup(opts);
  });
}

export async function runFollowup(opts: FollowupCliOptions): Promise<number> {
  return withStore(opts, async (store) => {
    const format = opts.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not "${opts.format}"`);
    const whole = (name: string, value: string | undefined, min: number) => {
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} takes a whole number${min ? ' above 0' : ''}, not "${value}"`);
      return n;
    };
    const limit = whole('--limit', opts.limit, 1);
    const offset = whole('--offset', opts.offset, 0) ?? 0;
    let tasks;
    let total: number;
    try {
      ({ tasks, total } = await followupPage(store.db, {
        owner: opts.owner,
        open: opts.open,
        overdue: opts.overdue,
        today: opts.today ? dateBound(opts.today, 'from', '--today') : undefined,
        dueBefore: opts.dueBefore ? dateBound(opts.dueBefore, 'from', '--due-before') : undefined,
        body: opts.body,
        origin: store.origin,
        limit,
        offset,
      }));
    } catch (error) {
      if (error instanceof DateOptionError) throw new UsageError(error.message);
      throw error;
    }
    const output =
      format === 'json' ? `${JSON.stringify(tasks, null, 2)}\n`
      : format === 'csv' ? followupCsv(tasks)
      : format === 'ics' ? followupIcs(tasks)
      : followupText(tasks);
    if (opts.out) {
      await writeFileAtomically(opts.out, output);
      if (format === 'ics') {
        // the calendar holds only dated tasks: say so, rather than count the ones left out
        const { written, undated } = icsCounts(tasks);
        process.stderr.write(`${written} task(s) written to ${opts.out}${undated ? `; ${undated} task(s) without a due date are not in the calendar` : ''}\n`);
      } else process.stderr.write(`${tasks.length} task(s) written to ${opts.out}\n`);
    } else {
      process.stdout.write(output);
    }
    if (limit !== undefined && format === 'table') process.stderr.write(`tasks ${Math.min(total, offset + 1)}–${Math.min(total, offset + tasks.length)} of ${total}\n`);
    return 0;
  });
}
