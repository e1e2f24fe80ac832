/**
 * Granska in Chromium: correct an owner on the meeting page and the CLI's `followup` agrees;
 * the review page lists least-sure owners; not-a-decision, a deadline and an added task; undo.
 * The corrections are the store's (followup/corrections.ts); these tests drive them from the pages.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFollowup } from '../../src/cli/followup.js';
import { axeViolations, hasChromium, launch } from './browser.js';
import { sampleRecords, startApp, type RunningApp } from './fixture.js';

let FLG = '';
let TASK = '';

/** `protokoll followup --format json` on the folder, as a user would run it */
async function cliFollowup(records: string, owner: string): Promise<Array<{ id: string; owners: Array<{ text: string }> }>> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => { out.push(String(chunk)); return true; }) as typeof process.stdout.write;
  try {
    expect(await runFollowup({ records, sync: true, owner, format: 'json' })).toBe(0);
  } finally {
    process.stdout.write = write;
  }
  return JSON.parse(out.join(''));
}

describe.runIf(hasChromium)('Granska in Chromium', () => {
  let records: string;
  let running: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    records = await sampleRecords();
    running = await startApp(records);
    FLG = running.flg;
    TASK = `${FLG}:9:d1`;
    browser = await launch();
    page = await browser.newPage();
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'sv' });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const open = (p: string) => page.goto(`${running.url}${p}`, { waitUntil: 'networkidle0' });

  it('corrects an owner on the meeting page, shows who and when, and the CLI\'s followup agrees', async () => {
    await open(`/meetings/${FLG}?task=${encodeURIComponent(TASK)}`);
    expect(await axeViolations(page)).toEqual([]);
    const li = `li[id="task-${TASK}"]`;
    await page.click(`${li} details.correct-box summary`);
    await page.type(`${li} form.correct input[name=owner]`, 'Karin Strand');
    await Promise.all([page.waitForNavigation(), page.click(`${li} form.correct input[name=owner] ~ button`)]);
    expect(await page.$eval(`${li} strong.value`, (e) => e.textContent)).toBe('Karin Strand');
    expect(await page.$eval(`${li} .corrected`, (e) => e.textContent)).toMatch(/rättad av lokal användare \d{4}-\d{2}-\d{2}/);
    expect(await page.$eval(`${li} del`, (e) => e.textContent)).toMatch(/Amanda Ricketts/);

    const mine = await cliFollowup(records, 'Karin Strand');
    expect(mine.map((t) => t.id)).toEqual([TASK]);
    expect(await cliFollowup(records, 'Amanda Ricketts')).toEqual([]);
    // and the web's own list
    const { tasks } = await (await fetch(`${running.url}/api/followup?owner=Karin%20Strand&status=all`)).json() as { tasks: Array<{ id: string }> };
    expect(tasks.map((t) => t.id)).toEqual([TASK]);
  });

  it('lists the least sure owners to review, and the latest corrections with an undo', async () => {
    await open('/review');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.$$eval('table.review tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
    expect(await page.$eval('ul.corrections li', (li) => li.textContent)).toMatch(/Karin Strand/);
    await Promise.all([page.waitForNavigation(), page.click('ul.corrections li form button')]);
    expect(await page.$eval('ul.corrections li', (li) => li.className)).toBe('undone');
    expect((await cliFollowup(records, 'Amanda Ricketts')).map((t) => t.id)).toEqual([TASK]);
  });

  it('marks a decision as not a decision, sets a deadline and adds a missed task', async () => {
    const decision = `${FLG}:11:d1`;
    await open(`/meetings/${FLG}`);
    await page.click(`li[id="task-${decision}"] details.correct-box summary`);
    await Promise.all([page.waitForNavigation(), page.click(`li[id="task-${decision}"] form.correct input[value="not-decision"] ~ button`)]);
    expect(await page.$eval(`li[id="task-${decision}"]`, (e) => e.className)).toMatch(/dismissed/);
    const { hits } = await (await fetch(`${running.url}/api/search?q=ledarforum&decisions=1`)).json() as { hits: Array<{ id: string }> };
    expect(hits.map((h) => h.id)).not.toContain(decision);

    await page.click(`li[id="task-${TASK}"] details.correct-box summary`);
    await page.type(`li[id="task-${TASK}"] input[name=deadline]`, '2024-05-31');
    await Promise.all([page.waitForNavigation(), page.click(`li[id="task-${TASK}"] input[name=deadline] ~ button`)]);
    const { tasks } = await (await fetch(`${running.url}/api/followup?status=all`)).json() as { tasks: Array<{ id: string; due: string | null; text: string }> };
    expect(tasks.find((t) => t.id === TASK)?.due).toBe('2024-05-31');

    const item = `${FLG}:10`;
    await page.click(`section[id="item-${item}"] > details.correct-box summary`);
    await page.type(`section[id="item-${item}"] input[name=text]`, 'Boka lokal för uppföljningsmötet');
    await page.type(`section[id="item-${item}"] input[name=owner]`, 'MG');
    await page.type(`section[id="item-${item}"] input[name=deadline]`, '2024-06-15');
    await Promise.all([page.waitForNavigation(), page.click(`section[id="item-${item}"] input[name=deadline] ~ button`)]);
    expect(await page.$eval(`section[id="item-${item}"] li.added`, (e) => e.textContent)).toMatch(/Boka lokal.*tillagd av lokal användare/s);
    const after = await (await fetch(`${running.url}/api/followup?status=all&owner=MG`)).json() as { tasks: Array<{ text: string; due: string }> };
    expect(after.tasks.map((t) => [t.text, t.due])).toContainEqual(['Boka lokal för uppföljningsmötet', '2024-06-15']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a correction it cannot use in plain words', async () => {
    const r = await fetch(`${running.url}/api/corrections`, { method: 'POST', headers: { 'content-type': 'application/json', origin: running.url }, body: JSON.stringify({ kind: 'deadline', taskId: TASK, deadline: 'i vår' }) });
    expect(r.status).toBe(400);
    expect((await r.json()).error).toMatch(/"i vår" is not a deadline/);
  });
});
