import type { Command } from 'commander';
import { describeStore } from '../store/store.js';
import { syncRecords } from '../store/sync.js';
import { withStore, type StoreCliOptions } from './store-access.js';

interface ReindexOptions extends StoreCliOptions { full?: boolean }

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the store (search, follow-up) from the JSON records of the records folder; task status is kept')
    .option('--records <dir>', 'the records folder', 'records')
    .option('--changed', 'only index record files that are new or changed since they were indexed')
    .action(async (opts: Omit<ReindexOptions, 'sync'> & { changed?: boolean }) => {
      process.exitCode = await runReindex({ ...opts, sync: false, full: !opts.changed });
    });
}

export async function runReindex(opts: ReindexOptions): Promise<number> {
  return withStore(opts, async (store) => {
    const started = performance.now();
    const report = await syncRecords(store, { full: opts.full });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `${describeStore(store)}: ${report.indexed} record(s) indexed, ${report.unchanged} unchanged, ${report.removed} removed` +
      `${report.skipped.length ? `, ${report.skipped.length} other JSON file(s) skipped` : ''} in ${seconds} s\n`,
    );
    for (const f of report.failed) process.stderr.write(`${f.file}: not indexed: ${f.reason}\n`);
    return report.failed.length ? 1 : 0;
  });
}
