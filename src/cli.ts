/**
 * The protokoll command line. Each command lives in its own module and registers itself here;
 * the modules are the edges of the program (files, Redis, databases), the stages stay pure.
 */
import { Command } from 'commander';
import { registerExtract } from './cli/extract.js';
import { registerSearch } from './cli/search.js';
import { registerFollowup } from './cli/followup.js';
import { registerDone } from './cli/done.js';
import { registerReindex } from './cli/reindex.js';
import { registerPeople } from './cli/people.js';
import { registerServe } from './cli/serve.js';
import { registerUser } from './cli/user.js';
import { registerImport } from '../pipelines/import.js';
import { registerWatch } from '../pipelines/watch.js';
import { registerSchedule } from '../pipelines/schedule.js';
import { registerWorker } from '../workers/worker.js';
import { registerStatus, registerRetryFailed } from '../workers/status.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('protokoll')
    .description('Swedish meeting minutes (protokoll, minnesanteckningar) to searchable, followable JSON records')
    .showHelpAfterError();
  registerExtract(program);
  registerSearch(program);
  registerFollowup(program);
  registerDone(program);
  registerReindex(program);
  registerPeople(program);
  registerImport(program);
  registerWatch(program);
  registerSchedule(program);
  registerWorker(program);
  registerStatus(program);
  registerRetryFailed(program);
  registerServe(program);
  registerUser(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
