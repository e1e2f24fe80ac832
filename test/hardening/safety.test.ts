/**
 * Safe outputs: record files are named by record id whatever the input is called, no shell ever
 * sees a file name (OCR included), Redis with a password and over TLS (rediss://) works for the
 * whole queue, passwords never reach a log, and no document text is logged.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFileFor } from '../../src/queue/stages.js';
import { REPO, SAMPLES } from '../pipelines/support.js';
import { makePdf } from '../read/pdf/make-pdf.js';
import { CLI, ensureBuilt } from '../workers/support.js';
import { hasRedisServer, startRedisServer, type RedisServer } from '../faults/support/redis-server.js';
import { envFor, startWorker, type Worker } from '../faults/support/processes.js';
import { minutesPage } from './support/corpus.js';
import { hasPdftoppm, pagesPdf, renderPage, speckle } from './support/pdf-files.js';

const exec = promisify(execFile);
type Run = { code: number; stdout: string; stderr: string };
const cli = (args: string[], env: NodeJS.ProcessEnv, timeout = 60_000): Promise<Run> =>
  exec(process.execPath, [CLI, ...args], { cwd: REPO, env, timeout }).then(
    (r) => ({ code: 0, ...r }),
    (e: Run) => ({ code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }),
  );

function localEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_OPTIONS', 'REDIS_URL', 'DATABASE_URL']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('PROTOKOLL_')) delete env[name];
  return env;
}

/** File names a hostile or careless user could give: shell syntax, options, dots, a newline. */
const HOSTILE_NAMES = ['$(touch PWNED-1).txt', '`touch PWNED-2`.txt', '; touch PWNED-3 #.txt', '--help.txt', '-o.txt', '| tee PWNED-5.txt', 'rad\nbrytning.txt', "'citat' \"och\" mer.txt"];
const MARKER = 'HEMLIGMARKÖR7731';

describe('outputs are named by ids, and no shell sees a file name', { timeout: 120_000 }, () => {
  let base = '';
  beforeAll(async () => {
    await ensureBuilt();
    base = mkdtempSync(path.join(os.tmpdir(), 'protokoll-safety-'));
  }, 180_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('imports files with hostile names into <record id>.json only; nothing is run, nothing lands elsewhere', async () => {
    const inbox = path.join(base, 'in');
    const out = path.join(base, 'records');
    mkdirSync(inbox);
    const text = readFileSync(path.join(SAMPLES, 'text', '000_7b52d196786977c7.txt'), 'utf8');
    HOSTILE_NAMES.forEach((name, i) => writeFileSync(path.join(inbox, name), `${text}\nTillägg ${i}\n`));
    // a scan with a hostile name: where OCR is installed, pdftoppm and tesseract read it too
    const scan = hasPdftoppm() ? pagesPdf([{ image: renderPage(makePdf([minutesPage()], { fonts: 'sans' }), 150) }]) : pagesPdf([{ image: speckle(200, 283) }]);
    writeFileSync(path.join(inbox, '$(touch PWNED-4) skannad.pdf'), scan);

    const result = await cli(['import', inbox, '--out', out, '--concurrency', '2'], localEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^processed ${HOSTILE_NAMES.length + 1}, unchanged 0, failed 0$`, 'm'));
    const written = readdirSync(out);
    expect(written.filter((f) => f.endsWith('.json'))).toHaveLength(HOSTILE_NAMES.length + 1);
    for (const f of written) expect(f).toMatch(/^([0-9a-f]{16}\.json|\.protokoll-registry\.sqlite(-wal|-shm)?|protokoll\.sqlite(-wal|-shm)?)$/);
    for (const dir of [REPO, base, inbox, out, os.tmpdir()]) expect(readdirSync(dir).filter((f) => f.startsWith('PWNED')), dir).toEqual([]);
  });

  it('extract --out names each output after the input file only, inside --out', async () => {
    const inbox = path.join(base, 'in2');
    const out = path.join(base, 'out2');
    mkdirSync(inbox);
    const text = readFileSync(path.join(SAMPLES, 'text', '001_062690003aef6bc0.txt'));
    for (const name of HOSTILE_NAMES) writeFileSync(path.join(inbox, name), text);
    const result = await cli(['extract', inbox, '--out', out], localEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(HOSTILE_NAMES.map((n) => `${n.slice(0, -'.txt'.length)}.json`).sort());
    expect(readdirSync(base).sort()).toEqual(['in', 'in2', 'out2', 'records']);
    for (const dir of [REPO, base, os.tmpdir()]) expect(readdirSync(dir).filter((f) => f.startsWith('PWNED')), dir).toEqual([]);
  });

  it('refuses to name a record file by anything but a record id', () => {
    expect(recordFileFor('/records', '0123456789abcdef')).toBe('/records/0123456789abcdef.json');
    for (const id of ['../../etc/passwd', '0123456789abcdef/../x', 'ABCDEF0123456789', '']) expect(() => recordFileFor('/records', id)).toThrow(/not a record id/);
  });

  it('starts processes only with an argument array and no shell, in two places (the OCR tools and the LibreOffice converter)', () => {
    const users: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(rel);
        else if (rel.endsWith('.ts')) {
          const source = readFileSync(path.join(REPO, rel), 'utf8');
          expect(source, rel).not.toMatch(/shell:\s*true|require\(['"](node:)?child_process/);
          const imported = /import\s*\{([^}]*)\}\s*from\s*'(?:node:)?child_process'/.exec(source);
          if (imported) {
            users.push(rel);
            // exec and execSync run a command line through a shell; execFile and spawn do not
            expect(imported[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]), rel).not.toContain('exec');
            expect(imported[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]), rel).not.toContain('execSync');
          }
          expect(source, rel).not.toMatch(/import \* as \w+ from '(node:)?child_process'|import \w+ from '(node:)?child_process'/);
        }
      }
    };
    ['src', 'pipelines', 'workers'].forEach(walk);
    expect(users.sort()).toEqual(['src/convert/libreoffice.ts', 'src/ocr/run.ts']);
    expect(readFileSync(path.join(REPO, 'src/ocr/run.ts'), 'utf8')).toMatch(/spawn\(command, args, \{ shell: false/);
  });
});

describe.runIf(hasRedisServer())('Redis with a password and over TLS', { timeout: 120_000 }, () => {
  let base = '';
  const servers: RedisServer[] = [];
  const workers: Worker[] = [];
  beforeAll(async () => {
    await ensureBuilt();
    base = mkdtempSync(path.join(os.tmpdir(), 'protokoll-redis-auth-'));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await Promise.all(servers.map((s) => s.remove()));
    rmSync(base, { recursive: true, force: true });
  });

  /** Two minutes files with a marker phrase in their text, and a failing one. */
  function archive(label: string): string {
    const dir = path.join(base, label);
    mkdirSync(dir);
    const text = readFileSync(path.join(SAMPLES, 'text', '004_86712a6743130d70.txt'), 'utf8');
    writeFileSync(path.join(dir, 'a.txt'), `${text}\nÖvrigt: ${MARKER} ska inte synas i någon logg.\n`);
    writeFileSync(path.join(dir, 'b.txt'), `${text}\n${MARKER} igen.\n`);
    writeFileSync(path.join(dir, 'trasig.docx'), `${MARKER} är ingen Word-fil`);
    return dir;
  }

  async function importThrough(url: string, label: string, extra: NodeJS.ProcessEnv = {}) {
    const env = envFor(url, `protokoll-test-${label}-${process.pid}`, extra);
    const worker = await startWorker(env, ['--concurrency', '1']);
    workers.push(worker);
    const out = path.join(base, `${label}-records`);
    const result = await cli(['import', archive(label), '--out', out], env);
    return { worker, out, result, env };
  }

  function expectDone(run: { worker: Worker; out: string; result: Run }, url: string, secret: string) {
    expect(run.result.stdout, run.result.stderr).toMatch(/^processed 2, unchanged 0, failed 1$/m);
    expect(run.result.stdout).toMatch(/trasig\.docx: the file is named \.docx but is not a Word document/);
    expect(readdirSync(run.out).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    const logs = [run.worker.log(), run.result.stdout, run.result.stderr].join('\n');
    // the password never, the URL only redacted
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain(encodeURIComponent(secret));
    expect(logs).toContain(url.replace(`:${encodeURIComponent(secret)}@`, ':***@'));
    // file names and reasons are logged, the documents' text is not
    expect(logs).not.toContain(MARKER);
    expect(run.worker.log()).toMatch(/stored .*a\.txt -> .*[0-9a-f]{16}\.json/);
  }

  it('runs the queue on a Redis that requires a password (given in REDIS_URL), and says so plainly when it is wrong', async () => {
    const secret = 'lösen/ord:med@tecken#1';
    const server = await startRedisServer({ password: secret });
    servers.push(server);
    const run = await importThrough(server.url, 'auth');
    expectDone(run, server.url, secret);

    const wrongUrl = server.url.replace(encodeURIComponent(secret), 'fel-lösen-4711');
    const wrong = await cli(['status'], envFor(wrongUrl, 'protokoll-test-wrong'));
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/?: WRONGPASS/);
    expect(wrong.stderr).not.toContain('fel-lösen-4711');
  });

  it('runs the queue over TLS (rediss://) with a private CA given to Node as NODE_EXTRA_CA_CERTS', async () => {
    const pki = path.join(base, 'pki');
    mkdirSync(pki);
    const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: pki, stdio: 'ignore' });
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=protokoll test CA']);
    openssl(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    writeFileSync(path.join(pki, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '1', '-extfile', 'san.ext']);
    const tls = { cert: path.join(pki, 'server.pem'), key: path.join(pki, 'server.key'), ca: path.join(pki, 'ca.pem') };
    const secret = 'tls-hemlighet-99';
    const server = await startRedisServer({ password: secret, tls });
    servers.push(server);
    expect(server.url).toMatch(/^rediss:\/\//);

    const run = await importThrough(server.url, 'tls', { NODE_EXTRA_CA_CERTS: tls.ca });
    expectDone(run, server.url, secret);

    // without the CA, the server's certificate is not trusted: a plain refusal, not a hang
    const untrusted = await cli(['status'], envFor(server.url, 'protokoll-test-untrusted'));
    expect(untrusted.code).not.toBe(0);
    expect(untrusted.stderr).toMatch(/cannot reach Redis at rediss:\/\/:\*\*\*@127\.0\.0\.1:\d+\/?: .*certificate/);
    expect(existsSync(run.out)).toBe(true);
  });
});
