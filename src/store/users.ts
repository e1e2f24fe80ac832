/**
 * The web app's local users and login sessions. Like task status, they live only in the store
 * (never in the records) and survive every reindex: these tables are not derived ones.
 * Passwords are kept as scrypt hashes (node:crypto) with a salt of their own; sessions as the
 * sha256 of their token, so a copy of the database lets nobody in.
 */
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { SqlDb } from './sql.js';

export const ROLES = ['admin', 'editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface User { name: string; role: Role; createdAt: string }
export interface Session { user: string; role: Role; csrf: string; expiresAt: string }

/** scrypt cost: N = 2^15 takes about 50 ms here, slow enough against guessing, quick for a login */
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 32;

export class UserError extends Error {}

export async function ensureUserTables(db: SqlDb): Promise<void> {
  await db.exec(`
CREATE TABLE IF NOT EXISTS web_users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS web_sessions (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, csrf TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS web_sessions_user ON web_sessions (user_name);`);
}

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password.normalize('NFC'), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/** "scrypt$N$r$p$salt$key", salt and key in base64 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function checkUserName(name: string): string {
  const trimmed = name.trim();
  if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(trimmed)) throw new UserError(`a user name is 1 to 64 letters, digits and . _ @ -, not "${name.slice(0, 80)}"`);
  return trimmed;
}

export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new UserError(`a role is ${ROLES.join(', ')}, not "${role}"`);
  return role as Role;
}

/** Adds a user, or sets a new password and role for an existing one. */
export async function putUser(db: SqlDb, name: string, password: string, role: Role, now = new Date()): Promise<void> {
  const user = checkUserName(name);
  if (password.length < 10) throw new UserError('the password must be at least 10 characters');
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM web_users WHERE name = ?', [user]);
    await tx.run('INSERT INTO web_users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)', [user, hash, role, now.toISOString()]);
    // a new password ends the sessions opened with the old one
    await tx.run('DELETE FROM web_sessions WHERE user_name = ?', [user]);
  }, 'web-users');
}

export async function removeUser(db: SqlDb, name: string): Promise<boolean> {
  const [found] = await db.all<{ name: string }>('SELECT name FROM web_users WHERE name = ?', [name]);
  await db.run('DELETE FROM web_sessions WHERE user_name = ?', [name]);
  await db.run('DELETE FROM web_users WHERE name = ?', [name]);
  return Boolean(found);
}

export async function listUsers(db: SqlDb): Promise<User[]> {
  const rows = await db.all<{ name: string; role: string; created_at: string }>('SELECT name, role, created_at FROM web_users ORDER BY name');
  return rows.map((r) => ({ name: r.name, role: checkRole(r.role), createdAt: r.created_at }));
}

export async function findUser(db: SqlDb, name: string): Promise<User | null> {
  const [row] = await db.all<{ name: string; role: string; created_at: string }>('SELECT name, role, created_at FROM web_users WHERE name = ?', [name]);
  return row ? { name: row.name, role: checkRole(row.role), createdAt: row.created_at } : null;
}

/** The user, when the password is theirs; null otherwise (the same time either way). */
export async function checkLogin(db: SqlDb, name: string, password: string): Promise<User | null> {
  const [row] = await db.all<{ name: string; role: string; created_at: string; password_hash: string }>('SELECT name, role, created_at, password_hash FROM web_users WHERE name = ?', [name.trim()]);
  // an unknown name costs one scrypt too, so the time does not tell which names exist
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
  return row && ok ? { name: row.name, role: checkRole(row.role), createdAt: row.created_at } : null;
}
const DUMMY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a session; returns its token (for the cookie) and CSRF token. */
export async function openSession(db: SqlDb, user: string, lifetimeMs: number, now = new Date()): Promise<{ token: string; csrf: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  await db.run('DELETE FROM web_sessions WHERE expires_at < ?', [now.toISOString()]);
  await db.run('INSERT INTO web_sessions (token_hash, user_name, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    [tokenHash(token), user, csrf, now.toISOString(), new Date(now.getTime() + lifetimeMs).toISOString()]);
  return { token, csrf };
}

export async function sessionOf(db: SqlDb, token: string, now = new Date()): Promise<Session | null> {
  const [row] = await db.all<{ user_name: string; csrf: string; expires_at: string; role: string }>(
    `SELECT s.user_name, s.csrf, s.expires_at, u.role FROM web_sessions s JOIN web_users u ON u.name = s.user_name
     WHERE s.token_hash = ? AND s.expires_at > ?`, [tokenHash(token), now.toISOString()]);
  return row ? { user: row.user_name, role: checkRole(row.role), csrf: row.csrf, expiresAt: row.expires_at } : null;
}

export async function closeSession(db: SqlDb, token: string): Promise<void> {
  await db.run('DELETE FROM web_sessions WHERE token_hash = ?', [tokenHash(token)]);
}
