/**
 * `protokoll user add|remove|list`: the web app's local users, kept in the store. The password is
 * read from standard input (never an argument, which other users of the machine could see).
 */
import type { Command } from 'commander';
import { addStoreOptions, UsageError, withStore, type StoreCliOptions } from './store-access.js';

export interface UserCliOptions extends StoreCliOptions {
  role: string;
}

/** The first line of `input` (a terminal: what is typed up to Enter) */
async function readPassword(input: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string> {
  if (input.isTTY) process.stderr.write('password (at least 10 characters), then Enter: ');
  const chunks: Buffer[] = [];
  for await (const chunk of input) {
    const buffer = Buffer.from(chunk as Buffer);
    chunks.push(buffer);
    if (buffer.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export async function runUserAdd(name: string, opts: UserCliOptions, input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const { checkRole, ensureUserTables, putUser, UserError } = await import('../store/users.js');
  return withStore(opts, async (store) => {
    try {
      const role = checkRole(opts.role);
      const password = await readPassword(input);
      await ensureUserTables(store.db);
      await putUser(store.db, name, password, role);
      process.stdout.write(`user ${name.trim()} (${role}) saved\n`);
      return 0;
    } catch (error) {
      if (error instanceof UserError) throw new UsageError(error.message);
      throw error;
    }
  });
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('users of the web app (protokoll serve): add, remove, list');
  addStoreOptions(
    user.command('add').description('add a user, or give one a new password and role; the password is read from standard input')
      .argument('<name>', 'user name')
      .option('--role <role>', 'admin (everything, queue dashboard), editor (may change), reader (may read)', 'editor'),
  ).action(async (name: string, opts: UserCliOptions) => {
    process.exitCode = await runUserAdd(name, opts);
  });
  addStoreOptions(user.command('remove').description('remove a user and end their sessions').argument('<name>', 'user name'))
    .action(async (name: string, opts: StoreCliOptions) => {
      const { ensureUserTables, removeUser } = await import('../store/users.js');
      process.exitCode = await withStore(opts, async (store) => {
        await ensureUserTables(store.db);
        if (!(await removeUser(store.db, name))) throw new UsageError(`there is no user "${name}"`);
        process.stdout.write(`user ${name} removed\n`);
        return 0;
      });
    });
  addStoreOptions(user.command('list').description('list the users and their roles'))
    .action(async (opts: StoreCliOptions) => {
      const { ensureUserTables, listUsers } = await import('../store/users.js');
      process.exitCode = await withStore(opts, async (store) => {
        await ensureUserTables(store.db);
        for (const u of await listUsers(store.db)) process.stdout.write(`${u.name}\t${u.role}\t${u.createdAt}\n`);
        return 0;
      });
    });
}
