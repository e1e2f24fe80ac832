/**
 * Uploaded minutes go through the same pipeline as `protokoll import`: saved into the uploads
 * folder under a safe name, then processed in this process (worker threads), or handed to the
 * workers when REDIS_URL is set. What becomes of each file is the importer's FileResult, with
 * the importer's plain reasons.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { formatFromName } from '../read/format.js';
import { extensionList } from '../read/registry.js';
import { createRunner, type Running } from '../../pipelines/runner.js';
import type { FileResult } from '../../pipelines/result.js';
import type { WebMetrics } from './metrics.js';

export interface UploaderOptions {
  recordsDir: string;
  uploadsDir: string;
  redisUrl?: string;
  queuePrefix?: string;
  /** documents read at once without Redis */
  threads: number;
  metrics: WebMetrics;
}

export class UploadRefused extends Error {}

/** A file name from a browser made safe: its base name, letters, digits and . _ - only. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).normalize('NFC');
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^[.\s]+/, '').slice(-120).trim();
  return cleaned || 'dokument';
}

export class Uploader {
  private running: Running | null = null;

  constructor(readonly options: UploaderOptions) {}

  get queued(): boolean {
    return Boolean(this.options.redisUrl);
  }

  /** Refuses a name the pipeline cannot read, in the importer's words. */
  checkName(name: string): string {
    const safe = safeFileName(name);
    if (!formatFromName(safe)) throw new UploadRefused(`${safe}: protokoll reads ${extensionList()} files, not "${path.extname(safe) || 'files without an extension'}"`);
    return safe;
  }

  /** Writes an upload into today's uploads folder under a name not taken yet; returns its path. */
  async save(name: string, content: Readable, isTruncated: () => boolean): Promise<string> {
    const safe = this.checkName(name);
    const dir = path.resolve(this.options.uploadsDir, new Date().toISOString().slice(0, 10));
    await fs.mkdir(dir, { recursive: true });
    const ext = path.extname(safe);
    const stem = safe.slice(0, safe.length - ext.length);
    for (let n = 1; ; n++) {
      const file = path.join(dir, n === 1 ? safe : `${stem}-${n}${ext}`);
      const handle = await fs.open(file, 'wx').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return null;
        throw error;
      });
      if (!handle) continue;
      try {
        await pipeline(content, createWriteStream('', { fd: handle.fd, autoClose: false }));
      } catch (error) {
        // the visitor went away mid-file: no half file is left for anyone to read
        await handle.close();
        await fs.rm(file, { force: true });
        throw error;
      }
      await handle.close();
      if (isTruncated()) {
        await fs.rm(file, { force: true });
        throw new UploadRefused(`${safe}: the file is larger than the upload limit`);
      }
      return file;
    }
  }

  async process(file: string): Promise<FileResult> {
    this.running ??= createRunner({ out: this.options.recordsDir, redis: this.options.redisUrl, prefix: this.options.queuePrefix, concurrency: this.options.threads, noWait: true });
    const started = performance.now();
    const result = await this.running.runner
      .process(file)
      .catch((error: unknown): FileResult => ({ path: file, status: 'failed', reason: error instanceof Error ? error.message : String(error) }));
    const outcome = result.status === 'gone' || result.status === 'skipped' ? 'failed' : result.status;
    this.options.metrics.documentDone(outcome, (performance.now() - started) / 1000);
    return result;
  }

  async close(): Promise<void> {
    await this.running?.close();
    this.running = null;
  }
}
