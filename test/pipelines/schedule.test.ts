import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSchedule } from '../../pipelines/schedule.js';
import { REDIS_URL, removePrefix, testPrefix } from '../workers/support.js';
import { cronProblem, localTime, nextRuns, timeZoneProblem } from '../../pipelines/schedule-time.js';

function sink(): Writable & { text: string } {
  const w = new Writable({ write(chunk, _enc, done) { (w as Writable & { text: string }).text += String(chunk); done(); } }) as Writable & { text: string };
  w.text = '';
  return w;
}

describe('schedule: patterns, zones and the times it shows', () => {
  it('takes real patterns and zones and says in a sentence what is wrong with others', () => {
    expect(cronProblem('0 2 * * *')).toBeNull();
    expect(cronProblem('30 0 2 * * 1-5', 'Europe/Stockholm')).toBeNull();
    expect(cronProblem('0 2 * *')).toMatch(/not a cron pattern: it needs 5 fields .* not 4/);
    expect(cronProblem('61 2 * * *')).toMatch(/not a cron pattern .*"0 2 \* \* \*"/);
    expect(cronProblem('varje natt')).toMatch(/not a cron pattern/);
    expect(timeZoneProblem('Europe/Stockholm')).toBeNull();
    expect(timeZoneProblem('Europe/Stokholm')).toBe('"Europe/Stokholm" is not a time zone; give one such as Europe/Stockholm or UTC');
  });

  it('shows the next runs on the chosen zone\'s wall clock, winter and summer', () => {
    const winter = nextRuns('0 2 * * *', 'Europe/Stockholm', 2, new Date('2026-12-06T12:00:00Z'));
    expect(winter.map((d) => d.toISOString())).toEqual(['2026-12-07T01:00:00.000Z', '2026-12-08T01:00:00.000Z']);
    expect(localTime(winter[0]!, 'Europe/Stockholm')).toBe('2026-12-07 02:00 Europe/Stockholm');
    const [summer] = nextRuns('0 2 * * *', 'Europe/Stockholm', 1, new Date('2026-07-01T12:00:00Z'));
    expect(summer!.toISOString()).toBe('2026-07-02T00:00:00.000Z');
    expect(localTime(summer!, 'Europe/Stockholm')).toBe('2026-07-02 02:00 Europe/Stockholm');
  });

  it('refuses a bad pattern or zone before it looks for Redis', async () => {
    const out = sink();
    const err = sink();
    expect(await runSchedule('arkiv', { cron: '0 25 * * *', out: 'records', redis: 'redis://127.0.0.1:1' }, out, err)).toBe(2);
    expect(err.text).toMatch(/^protokoll schedule: "0 25 \* \* \*" is not a cron pattern/);
    expect(await runSchedule('arkiv', { cron: '0 2 * * *', tz: 'Mars/Olympus', out: 'records' }, out, err)).toBe(2);
    expect(err.text).toContain('"Mars/Olympus" is not a time zone');
    expect(out.text).toBe('');
  });
});

describe('schedule on Redis', () => {
  it('registers the rescan and prints its next runs in the zone\'s local time', async () => {
    const prefix = testPrefix('schedule-tz');
    try {
      const out = sink();
      const err = sink();
      const code = await runSchedule('arkiv', { cron: '15 3 * * *', tz: 'America/New_York', out: 'records', redis: REDIS_URL, prefix }, out, err);
      expect(err.text).toBe('');
      expect(code).toBe(0);
      const runs = [...out.text.matchAll(/(\d{4}-\d{2}-\d{2}) 03:15 America\/New_York/g)];
      expect(runs).toHaveLength(3);
      const list = sink();
      expect(await runSchedule(undefined, { list: true, redis: REDIS_URL, prefix }, list, err)).toBe(0);
      expect(list.text).toMatch(/next \d{4}-\d{2}-\d{2} 03:15 America\/New_York/);
    } finally {
      await removePrefix(prefix);
    }
  });
});

describe('schedule as a service (--metrics-port)', () => {
  it('stays up after registering and answers /healthz while the rescan is registered', async () => {
    const prefix = testPrefix('schedule-health');
    const { freePort } = await import('../faults/support/redis-server.js');
    const port = await freePort();
    const out = sink();
    const err = sink();
    const running = runSchedule('arkiv', { cron: '0 2 * * *', out: 'records', redis: REDIS_URL, prefix, metricsPort: port }, out, err);
    try {
      let health: Response | undefined;
      for (let i = 0; i < 100 && !health; i++) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
        if (!health) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(health?.status).toBe(200);
      expect(await health!.json()).toEqual({ status: 'ok', rescan: expect.stringMatching(/^next \d{4}-/) });
      expect(await runSchedule('arkiv', { remove: true, redis: REDIS_URL, prefix }, sink(), err)).toBe(0);
      const gone = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(gone.status).toBe(503);
      expect(await gone.json()).toEqual({ status: 'failing', rescan: 'not registered' });
      expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toMatch(/^protokoll_queue_depth\{queue="scan",state="waiting"\} \d+/m);
    } finally {
      process.emit('SIGTERM');
      expect(await running).toBe(0);
      await removePrefix(prefix);
    }
  });
});
