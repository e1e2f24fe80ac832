/**
 * Who is asking, and what they may do. On a loopback address nobody logs in (the person at the
 * computer is its administrator); on any other address every page but the login, the static
 * files and the IT endpoints needs a user: a local one (`protokoll user add`, session cookie), or
 * the name a trusted reverse proxy puts in a header (single sign-on).
 * Every change (POST) must come from our own pages: a cross-site Origin or Sec-Fetch-Site is
 * refused, and the request must carry the session's CSRF token, or be JSON from our own origin
 * (a script's fetch or curl with a same-origin Origin header).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SqlDb } from '../store/sql.js';
import { findUser, sessionOf, type Role } from '../store/users.js';

export interface AccessOptions {
  /** false: loopback, nobody logs in */
  loginRequired: boolean;
  /** a header (lower case) a trusted reverse proxy sets to the logged-in user's name */
  proxyHeader?: string;
  /** addresses the proxy header is believed from */
  trustedProxies: string[];
  /** the role of a proxy user who has no local account */
  proxyRole: Role;
  /** Secure cookies: always, never, or when the request came over HTTPS (default) */
  secureCookies: 'auto' | 'always' | 'never';
  sessionHours: number;
}

export interface Visitor {
  /** null: not logged in (only where login is required) */
  user: string | null;
  role: Role | null;
  /** how the visitor is known */
  via: 'loopback' | 'session' | 'proxy' | 'none';
  csrf: string;
}

export const SESSION_COOKIE = 'protokoll_session';
export const CSRF_COOKIE = 'protokoll_csrf';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function cookieOptions(req: FastifyRequest, access: AccessOptions, maxAgeSeconds?: number) {
  const secure = access.secureCookies === 'always' || (access.secureCookies === 'auto' && req.protocol === 'https');
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

/** Finds the visitor of a request; sets a CSRF cookie for visitors without a session. */
export async function identify(req: FastifyRequest, reply: FastifyReply, db: SqlDb, access: AccessOptions): Promise<Visitor> {
  const anonymousCsrf = () => {
    let token = req.cookies[CSRF_COOKIE];
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
      token = randomBytes(32).toString('base64url');
      reply.setCookie(CSRF_COOKIE, token, cookieOptions(req, access));
    }
    return token;
  };
  if (!access.loginRequired) return { user: null, role: 'admin', via: 'loopback', csrf: anonymousCsrf() };
  if (access.proxyHeader && access.trustedProxies.includes(req.socket.remoteAddress ?? '')) {
    const name = req.headers[access.proxyHeader];
    if (typeof name === 'string' && name.trim()) {
      const local = await findUser(db, name.trim());
      return { user: name.trim(), role: local?.role ?? access.proxyRole, via: 'proxy', csrf: anonymousCsrf() };
    }
  }
  const token = req.cookies[SESSION_COOKIE];
  const session = token ? await sessionOf(db, token) : null;
  if (session) return { user: session.user, role: session.role, via: 'session', csrf: session.csrf };
  return { user: null, role: null, via: 'none', csrf: anonymousCsrf() };
}

export function canChange(v: Visitor): boolean {
  return v.role === 'admin' || v.role === 'editor';
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function ownOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}

/**
 * Why a change request is refused, or null when it may go on. `token`: the CSRF token it carries
 * (X-CSRF-Token header or the form's _csrf field).
 */
export function csrfRefusal(req: FastifyRequest, visitor: Visitor, token: string | undefined): string | null {
  const origin = req.headers.origin;
  const sameOrigin = origin !== undefined && origin === ownOrigin(req);
  if (origin !== undefined && !sameOrigin) return `a change from another site (${origin.slice(0, 100)}) is refused`;
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'a change from another site is refused';
  if (sameToken(token, visitor.csrf)) return null;
  // a script (JSON, an upload to /api/upload, the queue dashboard's own calls) from our own origin: a browser on another site
  // cannot send our Origin, and a script without a browser has no cookies of a victim to ride on
  const json = (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
  if (sameOrigin && (json || req.url.startsWith('/api/') || req.url.startsWith('/admin/queues/api/'))) return null;
  return 'the change lacks its security token (reload the page and try again; a script sends JSON with an Origin header of this server, or the X-CSRF-Token header)';
}
