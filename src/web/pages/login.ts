/** Logging in and out with a local user (`protokoll user add`). */
import type { FastifyInstance } from 'fastify';
import { checkLogin, closeSession, openSession } from '../../store/users.js';
import { cookieOptions, SESSION_COOKIE } from '../access.js';
import type { WebDeps } from '../deps.js';
import { html } from '../html.js';
import { layout, type PageContext } from '../layout.js';
import { LoginThrottle } from '../login-throttle.js';
import { pageContext } from '../request.js';
import { safeNext } from './task-forms.js';

function loginForm(ctx: PageContext, next: string, failed: boolean) {
  const { t } = ctx;
  return html`${failed ? html`<p class="error" role="alert">${t('loginFailed')}</p>` : ''}
<form method="post" action="/login" class="login">
<input type="hidden" name="_csrf" value="${ctx.visitor.csrf}">
<input type="hidden" name="next" value="${next}">
<div class="field"><label for="user">${t('userName')}</label><input id="user" name="user" autocomplete="username" required maxlength="64"></div>
<div class="field"><label for="password">${t('password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1000"></div>
<div class="field"><button type="submit">${t('loginTitle')}</button></div>
</form>`;
}

export function registerLogin(app: FastifyInstance, deps: WebDeps): void {
  const throttle = new LoginThrottle();
  app.get('/login', async (req, reply) => {
    const ctx = pageContext(req, deps);
    reply.type('text/html; charset=utf-8');
    return layout(ctx, ctx.t('loginTitle'), 'login', loginForm(ctx, safeNext((req.query as Record<string, unknown>).next, '/'), false));
  });

  app.post('/login', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const name = typeof body.user === 'string' ? body.user.slice(0, 64) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
    const next = safeNext(body.next, '/');
    const address = req.ip;
    if (throttle.blocked(name, address)) {
      const ctx = pageContext(req, deps);
      reply.code(429).type('text/html; charset=utf-8');
      return layout(ctx, ctx.t('loginTitle'), 'login', [html`<p class="error" role="alert">${ctx.t('loginThrottled')}</p>`, loginForm(ctx, next, false)]);
    }
    const user = name && password ? await checkLogin(deps.store.db, name, password) : null;
    if (!user) {
      throttle.failed(name, address);
      const ctx = pageContext(req, deps);
      reply.code(401).type('text/html; charset=utf-8');
      return layout(ctx, ctx.t('loginTitle'), 'login', loginForm(ctx, next, true));
    }
    throttle.succeeded(name);
    const hours = deps.access.sessionHours;
    const session = await openSession(deps.store.db, user.name, hours * 3600_000);
    reply.setCookie(SESSION_COOKIE, session.token, cookieOptions(req, deps.access, hours * 3600));
    return reply.redirect(next, 303);
  });

  app.post('/logout', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await closeSession(deps.store.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/login', 303);
  });
}
