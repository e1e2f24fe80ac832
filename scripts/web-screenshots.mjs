#!/usr/bin/env node
/**
 * web-screenshots.mjs: the README's pictures of the web app, taken with the headless Chromium the
 * browser tests use (puppeteer-core; Debian's chromium), on the sample minutes.
 *
 *   npm run build && node scripts/web-screenshots.mjs [--out docs/screenshots]
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--out');
const out = path.resolve(i >= 0 ? process.argv[i + 1] : path.join(root, 'docs', 'screenshots'));
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromium) {
  process.stderr.write('web-screenshots: no Chromium (apt-get install chromium)\n');
  process.exit(2);
}

const records = await fs.mkdtemp(path.join(os.tmpdir(), 'protokoll-shots-'));
await promisify(execFile)(process.execPath, [path.join(root, 'dist', 'cli.js'), 'import', path.join(root, 'samples'), '--out', records]);
const { openStore } = await import(path.join(root, 'dist', 'src', 'store', 'store.js'));
const { createWebApp } = await import(path.join(root, 'dist', 'src', 'web', 'start.js'));
const store = await openStore({ recordsDir: records, databaseUrl: null });
const { app } = await createWebApp({ store, host: '127.0.0.1', uploadsDir: path.join(records, 'uploads') });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${app.server.address().port}`;
const [flg] = await store.db.all("SELECT id FROM meetings WHERE listed = 1 AND title = 'FLG den 2 april 2024'");
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
try {
  await fs.mkdir(out, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'sv-SE,sv' });
  const shots = [
    ['sok.png', '/?q=beslut&body=FLG', null],
    ['uppfoljning.png', '/followup?status=all&body=FLG', null],
    ['mote.png', `/meetings/${flg.id}?task=${encodeURIComponent(`${flg.id}:9:d1`)}`, '#pdf-viewer[data-shown]'],
    ['granska.png', '/review', null],
    ['ladda-upp.png', '/upload', null],
  ];
  for (const [name, url, wait] of shots) {
    await page.goto(base + url, { waitUntil: 'networkidle0' });
    if (wait) await page.waitForSelector(wait);
    await page.screenshot({ path: path.join(out, name) });
    process.stdout.write(`${path.relative(root, path.join(out, name))}\n`);
  }
} finally {
  await browser.close();
  await app.close();
  await store.close();
  await fs.rm(records, { recursive: true, force: true });
}
