/**
 * Access: no login on loopback; on any other address a login (local users, scrypt) or a trusted
 * proxy's header; the reader role may not change; every change needs its CSRF token or a JSON
 * body from our own origin, and a cross-site form post is refused.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putUser } from '../../src/store/users.js';
import { hasChromium, launch } from './browser.js';
import { sampleRecords, startApp, type RunningApp } from './fixture.js';

/** Amanda Ricketts' task in FLG 2 April 2024: set once the app has its store */
let TASK = '';

function cookiesOf(response: Response): string {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

describe('access on a non-loopback address', () => {
  let records: string;
  let running: RunningApp;

  beforeAll(async () => {
    records = await sampleRecords();
    running = await startApp(records, { trustedProxies: ['127.0.0.1'], proxyHeader: 'x-remote-user' }, '0.0.0.0');
    TASK = `${running.flg}:9:d1`;
    await putUser(running.store.db, 'sekreterare', 'rätt lösenord 123', 'editor');
    await putUser(running.store.db, 'läsare', 'läs men ändra inte', 'reader');
  });
  afterAll(async () => running?.close());

  const login = async (user: string, password: string) => {
    const page = await fetch(`${running.url}/login`);
    const csrfCookie = cookiesOf(page);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    return fetch(`${running.url}/login`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie, origin: running.url },
      body: new URLSearchParams({ _csrf: csrf, user, password, next: '/followup' }),
    });
  };

  it('sends a visitor without a login to the login page, and refuses the API', async () => {
    const page = await fetch(`${running.url}/followup`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Ffollowup');
    const api = await fetch(`${running.url}/api/followup`);
    expect(api.status).toBe(401);
    const change = await fetch(`${running.url}/api/tasks/${TASK}/done`, { method: 'POST', headers: { 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect(change.status).toBe(401);
    // IT's endpoints stay open
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('refuses a wrong password and lets the right one in with an HttpOnly, SameSite session cookie', async () => {
    expect((await login('sekreterare', 'fel lösenord 123')).status).toBe(401);
    expect((await login('okänd', 'rätt lösenord 123')).status).toBe(401);
    const ok = await login('sekreterare', 'rätt lösenord 123');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/followup');
    const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('protokoll_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const list = await fetch(`${running.url}/api/followup`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(list.status).toBe(200);
  });

  it('lets an editor change with the session\'s token or same-origin JSON, and refuses without either or from another site', async () => {
    const session = cookiesOf(await login('sekreterare', 'rätt lösenord 123'));
    const page = await (await fetch(`${running.url}/followup?status=all`, { headers: { cookie: session } })).text();
    const csrf = /data-csrf="([^"]+)"/.exec(page)![1]!;
    const post = (headers: Record<string, string>, body: string) => fetch(`${running.url}/api/tasks/${TASK}/done`, { method: 'POST', headers: { cookie: session, ...headers }, body });
    // a form post without the token, as another site's page would send it
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded' }, 'x=1')).status).toBe(403);
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, `_csrf=${csrf}`)).status).toBe(403);
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' }, `_csrf=${csrf}`)).status).toBe(403);
    // JSON without an Origin or token (a script that says nothing of where it runs) is refused too
    expect((await post({ 'content-type': 'application/json' }, '{}')).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', origin: 'https://evil.example' }, '{}')).status).toBe(403);
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded' }, `_csrf=${csrf}`)).status).toBe(200);
    expect((await post({ 'content-type': 'application/json', origin: running.url }, '{}')).status).toBe(200);
    expect((await post({ 'content-type': 'application/json', 'x-csrf-token': csrf }, '{}')).status).toBe(200);
  });

  it('lets a reader read but not change', async () => {
    const session = cookiesOf(await login('läsare', 'läs men ändra inte'));
    expect((await fetch(`${running.url}/api/followup`, { headers: { cookie: session } })).status).toBe(200);
    const page = await (await fetch(`${running.url}/followup?status=all`, { headers: { cookie: session } })).text();
    expect(page).not.toContain('/done"');
    const change = await fetch(`${running.url}/api/tasks/${TASK}/reopen`, { method: 'POST', headers: { cookie: session, 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect(change.status).toBe(403);
    expect((await change.json()).error).toMatch(/may read but not change/);
  });

  it('believes the single sign-on header only from the trusted proxy address', async () => {
    // requests come from 127.0.0.1, the trusted proxy here: the header logs in, as a reader by default
    const viaProxy = await fetch(`${running.url}/api/followup`, { headers: { 'x-remote-user': 'anna.andersson' } });
    expect(viaProxy.status).toBe(200);
    const change = await fetch(`${running.url}/api/tasks/${TASK}/done`, { method: 'POST', headers: { 'x-remote-user': 'anna.andersson', 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect(change.status).toBe(403);
    // a local account's role applies to its single sign-on name
    const editor = await fetch(`${running.url}/api/tasks/${TASK}/done`, { method: 'POST', headers: { 'x-remote-user': 'sekreterare', 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect(editor.status).toBe(200);
  });

  it('refuses further tries for a name after five wrong passwords', async () => {
    for (let i = 0; i < 5; i++) expect((await login('läsare', `gissning nummer ${i}`)).status).toBe(401);
    expect((await login('läsare', 'läs men ändra inte')).status).toBe(429);
    // another name from the same address still gets in
    expect((await login('sekreterare', 'rätt lösenord 123')).status).toBe(303);
  });

  it('ends the session at logout', async () => {
    const session = cookiesOf(await login('sekreterare', 'rätt lösenord 123'));
    const page = await (await fetch(`${running.url}/`, { headers: { cookie: session } })).text();
    const csrf = /data-csrf="([^"]+)"/.exec(page)![1]!;
    const out = await fetch(`${running.url}/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: session, 'content-type': 'application/x-www-form-urlencoded', origin: running.url }, body: `_csrf=${csrf}` });
    expect(out.status).toBe(303);
    expect((await fetch(`${running.url}/api/followup`, { headers: { cookie: session } })).status).toBe(401);
  });

  describe.runIf(hasChromium)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch(); });
    afterAll(async () => browser?.close());

    it('asks for a login, logs in, and the page then works; a page without a token is refused its change', async () => {
      const page = await browser.newPage();
      await page.setExtraHTTPHeaders({ 'Accept-Language': 'sv' });
      await page.goto(`${running.url}/followup?status=all`);
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.type('#user', 'sekreterare');
      await page.type('#password', 'rätt lösenord 123');
      await Promise.all([page.waitForNavigation(), page.click('form.login button')]);
      expect(new URL(page.url()).pathname).toBe('/followup');
      expect(await page.$eval('.who strong', (e) => e.textContent)).toBe('sekreterare');
      // the same form with its token taken out, as a forged one would be
      await page.$eval(`tr[id="task-${TASK}"] form input[name=_csrf]`, (i) => i.remove());
      const response = await Promise.all([page.waitForNavigation(), page.click(`tr[id="task-${TASK}"] form button`)]);
      expect(response[0]!.status()).toBe(403);
      expect(await page.$eval('.error', (e) => e.textContent)).toMatch(/security token/);
    });
  });
});

describe('access on loopback', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(await sampleRecords());
    TASK = `${running.flg}:9:d1`;
  });
  afterAll(async () => running?.close());

  it('needs no login, but still refuses a cross-site change', async () => {
    expect((await fetch(`${running.url}/api/followup`)).status).toBe(200);
    const crossSite = await fetch(`${running.url}/tasks/${TASK}/done`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, body: 'next=/' });
    expect(crossSite.status).toBe(403);
    const noToken = await fetch(`${running.url}/tasks/${TASK}/done`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'next=/' });
    expect(noToken.status).toBe(403);
    const script = await fetch(`${running.url}/api/tasks/${TASK}/done`, { method: 'POST', headers: { 'content-type': 'application/json', origin: running.url }, body: '{}' });
    expect(script.status).toBe(200);
    expect((await script.json()).task.status).toBe('done');
  });
});

describe('on loopback, without logins', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(await sampleRecords());
    TASK = `${running.flg}:9:d1`;
  });
  afterAll(async () => running?.close());

  it('answers only to its loopback name: a web page\'s name rebound to 127.0.0.1 reads and changes nothing', async () => {
    const read = await running.app.inject({ method: 'GET', url: '/api/search?q=budget', headers: { host: 'evil.example:8080' } });
    expect(read.statusCode).toBe(421);
    const change = await running.app.inject({ method: 'POST', url: `/api/tasks/${TASK}/done`, headers: { host: 'evil.example:8080', origin: 'http://evil.example:8080', 'content-type': 'application/json' }, payload: '{}' });
    expect(change.statusCode).toBe(421);
    expect((await running.app.inject({ method: 'GET', url: '/api/search?q=budget', headers: { host: 'localhost:8080' } })).statusCode).toBe(200);
  });

  it('wants the token of a multipart change to any route but the upload, which checks it itself', async () => {
    const change = await running.app.inject({ method: 'POST', url: `/tasks/${TASK}/done`, headers: { host: '127.0.0.1:8080', 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' });
    expect(change.statusCode).toBe(403);
  });
});
