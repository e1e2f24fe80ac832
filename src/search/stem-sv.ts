/**
 * Swedish stemming for search: natural's Swedish stemmer, which implements the Snowball Swedish
 * algorithm that PostgreSQL's `to_tsvector('swedish', ...)` uses, so the SQLite index stems as
 * PostgreSQL does and the same query finds the same items on both stores.
 * test/search/stem-sv.test.ts checks it word for word against PostgreSQL's `swedish_stem`
 * dictionary (all 1,407 words of the samples agree; scripts/measure-libraries.mjs).
 * natural is imported by submodule: its root import pulls in storage backends.
 */
import { createRequire } from 'node:module';

const naturalSwedish = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer_sv.js') as { stem(word: string): string };

/** Stems one lower-case word. */
export function stemSwedish(word: string): string {
  return naturalSwedish.stem(word);
}
