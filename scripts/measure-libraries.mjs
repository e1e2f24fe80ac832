#!/usr/bin/env node
// Measures what two of the chosen libraries make of Swedish minutes, for the README's account of
// where each is used and where it is not:
//  - chrono-node's Swedish parser (chrono.sv) on the deadline forms minutes use,
//  - compromise (an English NLP library) on Swedish sentences: does it find the verbs and names?
//    It is no dependency of protokoll (README, Libraries); to rerun that part:
//    npm install --no-save compromise && node scripts/measure-libraries.mjs
import * as chrono from 'chrono-node';

const ref = new Date('2025-01-14T12:00:00Z');
const cases = [
  ['Återkoppling till FLG den 28 januari', '2025-01-28'],
  ['senast den 7 februari', '2025-02-07'],
  ['Sista ansökningsdag 31 januari', '2025-01-31'],
  ['Rapporten ska vara klar senast 28/2', '2025-02-28'],
  ['Återkopplas till FLG i mars månad', '2025-03'],
  ['Utvärdering september månad 2025', '2025-09'],
  ['förrän till hösten', '2025-23'],
  ['klart före jul', '2025-12'],
  ['redovisas Q3', '2025-35'],
  ['i vecka 5', '2025-01-31'],
  ['senast fredag', '2025-01-17'],
  ['inom två veckor', '2025-01-28'],
  ['till nästa möte', 'next-meeting'],
  ['2025-03-15', '2025-03-15'],
];
const iso = (d) => d.toISOString().slice(0, 10);
let chronoRight = 0;
console.log('chrono-node sv on deadline forms (reference date 2025-01-14):');
for (const [text, want] of cases) {
  const r = chrono.sv.parse(text, ref, { forwardDate: true })[0];
  const got = r ? (r.start.isCertain('day') ? iso(r.start.date()) : `${iso(r.start.date())} (day implied)`) : 'nothing';
  const ok = r && r.start.isCertain('day') && iso(r.start.date()) === want;
  if (ok) chronoRight++;
  console.log(`  ${ok ? 'ok  ' : 'MISS'} ${text.padEnd(40)} want ${want.padEnd(12)} got ${got}`);
}
console.log(`chrono-node sv: ${chronoRight}/${cases.length} right\n`);

const sentences = [
  'HR-chef får i uppdrag att gå ut med internannons.',
  'Titti och Susanne återkommer med namn till Nico.',
  'Karolina Håkansson ansvarar för yttrandet.',
];
const nlp = await import('compromise').then((m) => m.default, () => null);
if (!nlp) console.log('compromise is not installed (it is no dependency of protokoll); `npm install --no-save compromise` to measure it\n');
else {
  console.log('compromise on Swedish sentences (verbs and people it finds):');
  for (const s of sentences) {
    const doc = nlp(s);
    console.log(`  ${s}\n    verbs: ${JSON.stringify(doc.verbs().out('array'))}  people: ${JSON.stringify(doc.people().out('array'))}`);
  }
}

// natural's Swedish stemmer, which search uses (src/search/stem-sv.ts), against the stems that
// PostgreSQL's 'swedish' configuration gives, where a PostgreSQL answers: search must stem alike
// on SQLite and PostgreSQL.
{
  const { readdirSync, readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const naturalSv = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer_sv.js');
  const words = new Set();
  for (const f of readdirSync('samples/text')) for (const w of readFileSync(`samples/text/${f}`, 'utf8').toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
  try {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test' });
    await client.connect();
    const list = [...words];
    const { rows } = await client.query("SELECT w, ts_lexize('swedish_stem', w) AS s FROM unnest($1::text[]) AS w", [list]);
    await client.end();
    const compared = rows.filter((r) => r.s && r.s.length > 0); // stop words give no lexeme
    const differ = compared.filter((r) => r.s[0] !== naturalSv.stem(r.w));
    console.log(`\nnatural's Swedish stemmer vs PostgreSQL's swedish_stem: ${differ.length} of ${compared.length} words of the samples (stop words aside) stem differently`);
    if (differ.length) console.log(`  ${differ.slice(0, 8).map((r) => `${r.w}: ${JSON.stringify(r.s)} / ${naturalSv.stem(r.w)}`).join(", ")}`);
  } catch (error) {
    console.log(`\nPostgreSQL did not answer (${error.message}): stemmer comparison skipped`);
  }
}
