/**
 * How good is the evidence that a single capitalised word standing as a task's subject
 * ("Omar tar fram …", "Planen ska revideras") is a person's name? Compares (a) the suffix guess
 * (no definite or plural ending, at most 12 letters), (b) the Hunspell dictionary in
 * dictionary-sv, and (c) the two combined, against the hand labels in name-evidence-labels.json.
 * Prints figures; it is not a test. Run after a build: node scripts/measure-name-evidence.mjs
 */
import { readFileSync, readdirSync } from 'node:fs';
import { ASSIGNMENT_PHRASES, MODALS, NOT_OWNERS, TASK_VERBS } from '../dist/src/lexicon/index.js';
import { ownerKind } from '../dist/src/extract/owners/noun-phrase.js';

const DIRS = ['samples/text', 'test/fixtures/minutes/text', 'test/fixtures/blind/text'];
const labels = JSON.parse(readFileSync(new URL('./name-evidence-labels.json', import.meta.url), 'utf8'));

// 1. every single capitalised word standing as the subject before a task verb or a modal
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const verbs = [...ASSIGNMENT_PHRASES, ...TASK_VERBS, ...MODALS].map(esc).sort((a, b) => b.length - a.length).join('|');
const SUBJECT_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}-]*)\\s+(?:${verbs})(?![\\p{L}])`, 'gu');
const CLAUSE_START = /(?:^|[.:;!?]\s+|\n\s*|[-•*●]\s+|\batt\s+|\d\.\s+|,\s+)$/u;
const isNameWord = (w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(w);
const notOwners = new Set(NOT_OWNERS);
/** only words the name question reaches: no role, unit, group, organisation, initials or non-owner word */
const reachesNameQuestion = (w) => isNameWord(w) && !notOwners.has(w.toLowerCase()) && [null, 'person'].includes(ownerKind(w, { participants: [] }));

const corpus = new Map();
for (const dir of DIRS) {
  for (const file of readdirSync(dir)) {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    for (const m of text.matchAll(SUBJECT_RE)) {
      if (CLAUSE_START.test(text.slice(Math.max(0, m.index - 40), m.index)) && reachesNameQuestion(m[1])) corpus.set(m[1], `${dir}/${file}`);
    }
  }
}
const unlabelled = [...corpus.keys()].filter((w) => !(w in labels.corpus));
const corpusCases = [...corpus.keys()].filter((w) => w in labels.corpus).map((w) => ({ word: w, name: labels.corpus[w] === 'name' }));
const madeUpCases = labels.madeUp
  .filter((s) => reachesNameQuestion(s.subject))
  .map((s) => ({ word: s.subject, name: s.label === 'name' }));
for (const s of labels.madeUp) if (!s.sentence.startsWith(`${s.subject} `)) throw new Error(`subject is not the first word: ${s.sentence}`);

// 2. the methods
const DEFINITE_NOUN_RE = /(?:en|et|na|erna|arna|orna|ningen|heten|andet|endet|ena)$/iu;
const suffixGuess = (w) => !DEFINITE_NOUN_RE.test(w.toLowerCase()) && w.length <= 12;

const m0 = process.memoryUsage();
const t0 = performance.now();
const { isProperNoun, isCommonWord } = await import('../dist/src/lexicon/swedish-words.js');
isProperNoun('Omar'); // the first question loads the dictionary
const loadMs = performance.now() - t0;
const m1 = process.memoryUsage();
const t1 = performance.now();
for (let i = 0; i < 100; i++) isCommonWord(`Stödfunktioner${i % 2 ? '' : 'na'}`);
const perWordMs = (performance.now() - t1) / 100;

const methods = {
  'a  suffix guess': suffixGuess,
  'b1 dictionary: a proper-noun entry': (w) => isProperNoun(w),
  'b2 dictionary: no lower-case word (forms, compounds)': (w) => !isCommonWord(w),
  'c  proper noun, else no lower-case word (forms only), else suffix guess': (w) => isProperNoun(w) || (!isCommonWord(w, false) && suffixGuess(w)),
  'd  proper noun, else no lower-case word (forms, compounds) and at most 12 letters': (w) => isProperNoun(w) || (!isCommonWord(w) && w.length <= 12),
  'c+ proper noun, else no lower-case word (forms, compounds), else suffix guess': (w) => isProperNoun(w) || (!isCommonWord(w) && suffixGuess(w)),
};

function score(cases, decide) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const wrong = [];
  for (const c of cases) {
    const said = decide(c.word);
    if (said && c.name) tp++;
    else if (said) { fp++; wrong.push(`+${c.word}`); }
    else if (c.name) { fn++; wrong.push(`-${c.word}`); }
    else tn++;
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { tp, fp, fn, tn, p, r, f1: (2 * p * r) / (p + r || 1), acc: (tp + tn) / cases.length, wrong };
}

const f = (x) => x.toFixed(3);
for (const [title, cases] of [['corpus (minutes in the repository)', corpusCases], ['made-up sentences', madeUpCases], ['both', [...corpusCases, ...madeUpCases]]]) {
  console.log(`\n## ${title}: ${cases.length} words, ${cases.filter((c) => c.name).length} names`);
  console.log('method'.padEnd(80), 'P      R      F1     acc    tp/fp/fn/tn   wrong (+ said name, - missed name)');
  for (const [name, decide] of Object.entries(methods)) {
    const s = score(cases, decide);
    console.log(name.padEnd(80), f(s.p), f(s.r), f(s.f1), f(s.acc), `${s.tp}/${s.fp}/${s.fn}/${s.tn}`.padEnd(13), s.wrong.join(' '));
  }
}
if (unlabelled.length) console.log(`\nunlabelled corpus words (add them to name-evidence-labels.json): ${unlabelled.join(' ')}`);
console.log(`\ndictionary load: ${loadMs.toFixed(0)} ms, heap +${((m1.heapUsed - m0.heapUsed) / 1e6).toFixed(0)} MB, rss +${((m1.rss - m0.rss) / 1e6).toFixed(0)} MB; one compound question after load: ${perWordMs.toFixed(3)} ms`);
