/**
 * The pages in a real headless Chromium: search, a meeting with the quote highlighted on the PDF
 * page and in a DOCX's text, ticking a task done, upload, and axe-core on every page.
 */
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, launch } from './browser.js';
import { sampleRecords, startApp, type RunningApp } from './fixture.js';

let FLG = '';

describe.runIf(hasChromium)('the web app in Chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    running = await startApp(await sampleRecords());
    FLG = running.flg;
    browser = await launch();
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    // a Swedish secretary's browser; headless Chromium would otherwise ask for English
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'sv-SE,sv;q=0.9,en;q=0.5' });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const open = async (p: string) => {
    const response = await page.goto(`${running.url}${p}`, { waitUntil: 'networkidle0' });
    return response!;
  };

  it('searches in Swedish word forms and opens the meeting from a hit', async () => {
    await open('/');
    expect(await page.$eval('html', (e) => e.lang)).toBe('sv');
    await page.type('#q', 'kvalitetschefens tjänster');
    await Promise.all([page.waitForNavigation(), page.click('form[role=search] button[type=submit]')]);
    const hits = await page.$$eval('.hit h3 a', (as) => as.map((a) => a.textContent));
    expect(hits.some((h) => /Caneas beslutsstruktur/.test(h ?? ''))).toBe(true);
    expect(await page.$$eval('.snippet mark', (m) => m.length)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('.hit h3 a')]);
    expect(page.url()).toContain(`/meetings/${FLG}`);
  });

  it('shows a meeting beside its PDF, with the task\'s quote highlighted on its page', async () => {
    await open(`/meetings/${FLG}?task=${encodeURIComponent(`${FLG}:9:d1`)}`);
    await page.waitForSelector('#pdf-viewer[data-shown]');
    expect(await page.$eval('#pdf-viewer', (e) => (e as HTMLElement).dataset.shown)).toBe('quote');
    const boxes = await page.$$eval('#pdf-viewer .hl', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })));
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((b) => b.w > 0 && b.h > 0)).toBe(true);
    // the PDF page is drawn: the canvas is not blank
    const inked = await page.$eval('#pdf-viewer canvas', (c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(1000);
    expect(await page.$eval('li.task.focus', (li) => li.id)).toBe(`task-${FLG}:9:d1`);
    expect(await axeViolations(page)).toEqual([]);

    // another value's button moves the highlight to its quote
    const other = `${FLG}:11:d1`;
    await page.click(`li[id="task-${other}"] button.quote-link`);
    await page.waitForFunction((id) => document.querySelector(`li[id="task-${id}"]`)?.classList.contains('focus'), {}, other);
    await page.waitForSelector('#pdf-viewer .hl');
  });

  it('shows a DOCX as text with the quote marked', async () => {
    const { hits } = await (await fetch(`${running.url}/api/search?q=internannons&decisions=1`)).json() as { hits: Array<{ id: string; meeting: { id: string } }> };
    expect(hits.length).toBeGreaterThan(0);
    await open(`/meetings/${hits[0]!.meeting.id}?decision=${encodeURIComponent(hits[0]!.id)}`);
    await page.waitForSelector('#text-viewer mark');
    expect(await page.$eval('#text-viewer mark', (m) => m.textContent)).toMatch(/internannons/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('ticks a task done and the follow-up list changes; reopening brings it back', async () => {
    const task = `${FLG}:9:d1`;
    await open('/followup?status=open');
    expect(await page.$(`tr[id="task-${task}"]`)).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForNavigation(), page.click(`tr[id="task-${task}"] form button`)]);
    expect(await page.$(`tr[id="task-${task}"]`)).toBeNull();
    await open('/followup?status=all');
    expect(await page.$eval(`tr[id="task-${task}"]`, (tr) => tr.className)).toMatch(/done/);
    const { tasks } = await (await fetch(`${running.url}/api/followup?status=all`)).json() as { tasks: Array<{ id: string; status: string }> };
    expect(tasks.find((t) => t.id === task)?.status).toBe('done');
    await Promise.all([page.waitForNavigation(), page.click(`tr[id="task-${task}"] form button`)]);
    await open('/followup?status=open');
    expect(await page.$(`tr[id="task-${task}"]`)).not.toBeNull();
  });

  it('uploads minutes, which go through the pipeline and open as a meeting', async () => {
    await open('/upload');
    expect(await axeViolations(page)).toEqual([]);
    const input = await page.$('#files');
    await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(path.resolve('samples/text/003_212a12d136dc51af.txt'));
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click('#upload-form button[type=submit]')]);
    const outcome = await page.$eval('ul.outcomes li', (li) => ({ cls: li.className, text: li.textContent }));
    expect(outcome.cls).toBe('processed');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('ul.outcomes li a')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBeTruthy();
    expect(await page.$$eval('section.item', (s) => s.length)).toBeGreaterThan(0);
  });

  it('refuses a file it cannot read in the importer\'s words', async () => {
    await open('/upload');
    const input = await page.$('#files');
    await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(path.resolve('package.json'));
    await Promise.all([page.waitForNavigation(), page.click('#upload-form button[type=submit]')]);
    const text = await page.$eval('ul.outcomes li', (li) => li.textContent ?? '');
    expect(text).toMatch(/package\.json.*protokoll reads .*pdf/s);
  });

  it('passes axe on the login page and on a page that is not there', async () => {
    await open('/login');
    expect(await axeViolations(page)).toEqual([]);
    const missing = await open('/meetings/0123456789abcdef');
    expect(missing.status()).toBe(404);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Sidan finns inte');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is in English with ?lang=en, and every page passes axe in English too', async () => {
    for (const p of ['/?lang=en&q=beslut', '/followup?lang=en&status=all', `/meetings/${FLG}?lang=en`, '/upload?lang=en', '/review?lang=en', '/login?lang=en']) {
      await open(p);
      expect(await page.$eval('html', (e) => e.lang)).toBe('en');
      expect(await axeViolations(page), p).toEqual([]);
    }
  });
});
