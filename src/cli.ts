/**
 * The protokoll command line. Each command lives in its own module, loaded only when it is run:
 * `protokoll search` must not pay for pdf.js, mammoth, BullMQ or the pipeline (CLI start time,
 * issue 11). Help, and a name that is not a command, load every module so that commander's
 * listing and "did you mean" stay exactly as they are.
 *
 * To add a command: one line in COMMANDS (name, the description it shows, and the loader of the
 * function that registers its options and action). test/cli/commands.test.ts checks the table
 * against what the modules register.
 */
import { Command } from 'commander';

/** Registers one or more commands (with their options and action) on the program. */
export type RegisterCommand = (program: Command) => void;

export interface CommandEntry {
  description: string;
  load: () => Promise<RegisterCommand>;
}

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  extract: {
    description: 'read minutes and print or write one JSON record per file',
    load: async () => (await import('./cli/extract.js')).registerExtract,
  },
  search: {
    description: 'search meeting titles, agenda items, decisions and tasks',
    load: async () => (await import('./cli/search.js')).registerSearch,
  },
  followup: {
    description: 'list tasks from decisions and actions',
    load: async () => (await import('./cli/followup.js')).registerFollowup,
  },
  done: {
    description: 'mark a task done',
    load: async () => (await import('./cli/done.js')).registerDone,
  },
  reopen: {
    description: 'mark a task open again',
    load: async () => (await import('./cli/done.js')).registerDone,
  },
  correct: {
    description: 'correct what extraction got wrong: an owner, a deadline, a decision, a missed task',
    load: async () => (await import('./cli/correct.js')).registerCorrect,
  },
  reindex: {
    description: 'rebuild the store from the JSON records of the records folder',
    load: async () => (await import('./cli/reindex.js')).registerReindex,
  },
  people: {
    description: 'the people directory from all participant lists',
    load: async () => (await import('./cli/people.js')).registerPeople,
  },
  import: {
    description: 'process every file under a folder into records',
    load: async () => (await import('../pipelines/import.js')).registerImport,
  },
  watch: {
    description: 'process new and changed files in a drop folder as they arrive',
    load: async () => (await import('../pipelines/watch.js')).registerWatch,
  },
  schedule: {
    description: 'register a rescan of a folder on a cron schedule',
    load: async () => (await import('../pipelines/schedule.js')).registerSchedule,
  },
  worker: {
    description: 'process queued documents from Redis',
    load: async () => (await import('../workers/worker.js')).registerWorker,
  },
  status: {
    description: 'job counts per queue, connected workers, schedulers and failed jobs',
    load: async () => (await import('../workers/status.js')).registerStatus,
  },
  'retry-failed': {
    description: 'enqueue every failed job again',
    load: async () => (await import('../workers/status.js')).registerRetryFailed,
  },
  serve: {
    description: 'the web app: search, follow-up, meetings beside their source, review and upload',
    load: async () => (await import('./cli/serve.js')).registerServe,
  },
  user: {
    description: 'users of the web app: add, remove, list',
    load: async () => (await import('./cli/user.js')).registerUser,
  },
};

/** The command named on the command line (the first word that is not an option), if it is one of ours. */
export function commandNamed(argv: readonly string[]): string | undefined {
  const word = argv.slice(2).find((arg) => !arg.startsWith('-'));
  return word !== undefined && Object.hasOwn(COMMANDS, word) ? word : undefined;
}

/**
 * The program. Its commands are registered when it is parsed (parseAsync), from the arguments:
 * only the command being run, or all of them for help and for a word that is not a command.
 */
class LazyProgram extends Command {
  private loaded = false;

  /** Registers the commands these arguments need (all of them when `names` is undefined). */
  async loadCommands(names?: readonly string[]): Promise<this> {
    if (this.loaded) return this;
    this.loaded = true;
    const registers = await Promise.all((names ?? Object.keys(COMMANDS)).map((name) => COMMANDS[name]!.load()));
    // done and reopen share one register function: register it once
    for (const register of new Set(registers)) register(this);
    return this;
  }

  override async parseAsync(argv?: readonly string[], options?: Parameters<Command['parseAsync']>[1]): Promise<this> {
    const args = argv ?? process.argv;
    const name = options?.from === 'user' ? commandNamed(['', '', ...args]) : commandNamed(args);
    await this.loadCommands(name ? [name] : undefined);
    return super.parseAsync(argv, options);
  }

  override parse(): this {
    throw new Error('the protokoll program loads its commands when parsed: use parseAsync');
  }
}

export function buildProgram(): LazyProgram {
  const program = new LazyProgram();
  program
    .name('protokoll')
    .description('Swedish meeting minutes (protokoll, minnesanteckningar) to searchable, followable JSON records')
    .showHelpAfterError();
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
