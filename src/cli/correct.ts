/**
 * `protokoll correct`: fix what extraction got wrong, kept in the store beside task status (so
 * re-extraction and reindex keep it) and used by search, followup and every export.
 *   correct owner <task-id> "<owner>" [--add]      correct deadline <task-id> <date|none>
 *   correct not-decision <decision-id>              correct add-task <meeting-id> <item> "<text>"
 *   correct list [--all]                            correct undo <correction-id>
 *   correct review                                  (the owners the rules were least sure of)
 * Every change notes who made it (--by, default the login name) and when.
 */
import os from 'node:os';
import type { Command } from 'commander';
import { addCorrection, CorrectionError, listCorrections, undoCorrection, type Correction, type CorrectionInput } from '../followup/corrections.js';
import { leastSureOwners } from '../followup/review.js';
import { addStoreOptions, UsageError, withStore, type StoreCliOptions } from './store-access.js';

interface ByOptions extends StoreCliOptions { by?: string; json?: boolean }

function defaultUser(): string {
  try {
    return process.env.PROTOKOLL_USER || os.userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

export function registerCorrect(program: Command): void {
  const correct = program
    .command('correct')
    .description('correct what extraction got wrong (owner, deadline, not a decision, a missed task); kept in the store, so reindexing keeps it');
  const withBy = (c: Command) => addStoreOptions(c.option('--by <name>', 'who makes the correction (default: your login name)').option('--json', 'print the correction as JSON'));

  withBy(correct.command('owner').description('set the owner of a task (or add one with --add)')
    .argument('<task-id>', 'as "protokoll followup" shows it').argument('<owner>', 'a name, initials or role: "Karolina Håkansson", "KH", "HR-chef"')
    .option('--add', 'add this owner beside the ones found, instead of replacing them'))
    .action(async (taskId: string, owner: string, opts: ByOptions & { add?: boolean }) => {
      process.exitCode = await runAdd({ kind: 'owner', taskId, owner, mode: opts.add ? 'add' : 'set' }, opts);
    });
  withBy(correct.command('deadline').description('set the deadline of a task, or remove it with "none"')
    .argument('<task-id>', 'as "protokoll followup" shows it').argument('<date>', 'a date (2025-03-01), a month (2025-03), a year, or "none"'))
    .action(async (taskId: string, deadline: string, opts: ByOptions) => {
      process.exitCode = await runAdd({ kind: 'deadline', taskId, deadline }, opts);
    });
  withBy(correct.command('not-decision').description('mark a decision as not a decision: no decision hit, no follow-up task')
    .argument('<decision-id>', 'as "protokoll search --decisions --json" or "protokoll followup" shows it'))
    .action(async (decisionId: string, opts: ByOptions) => {
      process.exitCode = await runAdd({ kind: 'not-decision', decisionId }, opts);
    });
  withBy(correct.command('add-task').description('add a task the extraction missed to an agenda item')
    .argument('<meeting-id>', 'the meeting (record id)').argument('<item>', 'the item number as printed ("3", "§ 95") or its item id')
    .argument('<text>', 'what is to be done')
    .option('--owner <who>', 'who does it').option('--deadline <date>', 'by when (2025-03-01, 2025-03, a year)'))
    .action(async (meetingId: string, item: string, text: string, opts: ByOptions & { owner?: string; deadline?: string }) => {
      process.exitCode = await runAdd({ kind: 'add-task', meetingId, item, text, owner: opts.owner ?? null, deadline: opts.deadline ?? null }, opts);
    });
  withBy(correct.command('undo').description('undo a correction (it is kept, marked as undone)')
    .argument('<correction-id>', 'as "protokoll correct list" shows it'))
    .action(async (id: string, opts: ByOptions) => {
      process.exitCode = await withStore(opts, async (store) => {
        const c = await plainErrors(() => undoCorrection(store.db, id, opts.by ?? defaultUser()));
        process.stdout.write(opts.json ? `${JSON.stringify(c, null, 2)}\n` : `undone: ${describe(c)}\n`);
        return 0;
      });
    });
  addStoreOptions(correct.command('list').description('list the corrections, newest first')
    .option('--all', 'undone corrections too').option('--meeting <id>', 'only this meeting\'s (any copy)').option('--json', 'print them as JSON'))
    .action(async (opts: StoreCliOptions & { all?: boolean; meeting?: string; json?: boolean }) => {
      process.exitCode = await withStore(opts, async (store) => {
        const list = await listCorrections(store.db, { all: opts.all, meetingId: opts.meeting });
        process.stdout.write(opts.json ? `${JSON.stringify(list, null, 2)}\n` : list.length ? list.map((c) => `${describe(c)}\n`).join('') : 'no corrections\n');
        return 0;
      });
    });
  addStoreOptions(correct.command('review').description('the owners the rules were least sure of (read from free text, not an Ansvarig column), least sure first')
    .option('--limit <n>', 'at most this many', '20').option('--json', 'print them as JSON'))
    .action(async (opts: StoreCliOptions & { limit: string; json?: boolean }) => {
      process.exitCode = await withStore(opts, async (store) => {
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number above 0, not "${opts.limit}"`);
        const page = await leastSureOwners(store.db, { limit });
        if (opts.json) process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        else {
          process.stdout.write(`${page.total} owner(s) read from free text to review${page.total > page.owners.length ? `; the ${page.owners.length} least sure:` : ':'}\n`);
          for (const o of page.owners) {
            process.stdout.write(`${o.taskId}  owner "${o.owner.text}" (${o.source === 'elsewhere' ? 'not in the quote' : 'from the sentence'})\n  ${o.taskText}\n  meeting: ${[o.meeting.body ?? o.meeting.title, o.meeting.date].filter(Boolean).join(' ')}, item ${o.item.number ?? ''} ${o.item.title}\n`);
          }
        }
        return 0;
      });
    });
}

async function plainErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof CorrectionError) throw new UsageError(error.message);
    throw error;
  }
}

async function runAdd(input: CorrectionInput, opts: ByOptions): Promise<number> {
  return withStore(opts, async (store) => {
    const c = await plainErrors(() => addCorrection(store.db, input, opts.by ?? defaultUser()));
    process.stdout.write(opts.json ? `${JSON.stringify(c, null, 2)}\n` : `corrected: ${describe(c)}\n`);
    return 0;
  });
}

/** One line per correction: id, what, on what, who and when. */
export function describe(c: Correction): string {
  const ch = c.change;
  const what = ch.kind === 'owner' ? `owner ${ch.mode === 'add' ? 'added' : 'set to'} "${ch.owner}"`
    : ch.kind === 'deadline' ? (ch.deadline ? `deadline set to ${ch.deadline}` : 'deadline removed')
    : ch.kind === 'not-decision' ? 'not a decision'
    : `task added: "${ch.text}"${ch.owner ? `, owner ${ch.owner}` : ''}${ch.deadline ? `, due ${ch.deadline}` : ''}`;
  const on = ch.kind === 'add-task' ? `item "${c.targetText}" (${c.targetId}); task id ${c.id}` : `${c.targetId} "${c.targetText.length > 60 ? `${c.targetText.slice(0, 59)}…` : c.targetText}"`;
  return `${c.id}  ${what}  on ${on}  by ${c.by} ${c.at}${c.undone ? `  (undone by ${c.undone.by} ${c.undone.at})` : ''}`;
}
