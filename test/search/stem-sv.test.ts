/**
 * The Snowball Swedish port against PostgreSQL's own swedish_stem dictionary, word for word, over
 * every word of the sample minutes: the two stores must stem alike to find the same items.
 */
import { promises as fs } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stemSwedish } from '../../src/search/stem-sv.js';
import { withDefaultUser } from '../../src/store/pg-db.js';
import { PG_URL } from '../store/backends.js';

describe('stemSwedish', () => {
  it('stems word forms to one stem', () => {
    expect(new Set(['beslut', 'beslutade', 'besluten', 'beslutar'].map(stemSwedish))).toEqual(new Set(['beslut']));
    // what the stem leaves, the prefix query takes: "beslutet", "rekryteringsgrupp", "rekryteringar"
    for (const [query, word] of [['beslut', 'beslutet'], ['rekrytering', 'rekryteringsgrupp'], ['rekrytering', 'rekryteringar']] as const)
      expect(stemSwedish(word).startsWith(stemSwedish(query))).toBe(true);
    expect(stemSwedish('socialdirektören')).toBe(stemSwedish('socialdirektör'));
    expect(stemSwedish('verksamhetscheferna')).toBe(stemSwedish('verksamhetschefer'));
    // short words and numbers stay
    expect(stemSwedish('kl')).toBe('kl');
    expect(stemSwedish('2025')).toBe('2025');
  });

  describe('agrees with PostgreSQL', () => {
    let client: pg.Client;
    beforeAll(async () => {
      client = new pg.Client({ connectionString: withDefaultUser(PG_URL) });
      await client.connect();
    });
    afterAll(async () => client?.end());

    it('on every word of the samples, and on suffix edge cases', async () => {
      const words = new Set(['fullt', 'löst', 'hjälplöst', 'vänligt', 'flickornas', 'hästarnas', 'bilarna', 'kvinnligt', 'stads', 'ordets', 'uppdragen']);
      for (const f of await fs.readdir('samples/text')) {
        for (const m of (await fs.readFile(`samples/text/${f}`, 'utf8')).matchAll(/\p{L}+/gu)) words.add(m[0].toLowerCase());
      }
      const { rows } = await client.query<{ w: string; l: string[] | null }>("SELECT w, ts_lexize('swedish_stem', w) AS l FROM unnest($1::text[]) AS w", [[...words]]);
      const compared = rows.filter((r) => r.l && r.l.length > 0); // stop words give no lexeme
      expect(compared.length).toBeGreaterThan(1000);
      const differing = compared.filter((r) => r.l![0] !== stemSwedish(r.w)).map((r) => `${r.w}: pg ${r.l![0]}, ours ${stemSwedish(r.w)}`);
      expect(differing).toEqual([]);
    });
  });
});
