import type { Command } from 'commander';
import { setTaskStatus, UnknownTaskError, type TaskStatus } from '../followup/status.js';
import { addStoreOptions, UsageError, withStore, type StoreCliOptions } from './store-access.js';

/** `protokoll done <task-id>` and `protokoll reopen <task-id>`: status kept in the store, not the records. */
export function registerDone(program: Command): void {
  for (const [name, status, description] of [
    ['done', 'done', 'mark a task done (kept in the store, so re-extracting the minutes keeps it)'],
    ['reopen', 'open', 'mark a task open again'],
  ] as const) {
    addStoreOptions(program.command(name).description(description).argument('<task-ids...>', 'task ids as "protokoll followup" shows them'))
      .action(async (ids: string[], opts: StoreCliOptions) => {
        process.exitCode = await runSetStatus(ids, status, opts);
      });
  }
}

export async function runSetStatus(ids: string[], status: TaskStatus, opts: StoreCliOptions): Promise<number> {
  return withStore(opts, async (store) => {
    for (const id of ids) {
      try {
        const task = await setTaskStatus(store.db, id, status);
        process.stdout.write(`${status === 'done' ? 'done' : 'reopened'}: ${task.id}  ${task.text}\n`);
      } catch (error) {
        if (error instanceof UnknownTaskError) throw new UsageError(error.message);
        throw error;
      }
    }
    return 0;
  });
}
