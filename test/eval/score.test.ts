/**
 * The project's scorer (src/eval), rule by rule: title keys and alignment, decision coverage both
 * ways, owner aliases, deadline values, micro-averaged precision/recall/F1 and their edge cases.
 */
import { describe, expect, it } from 'vitest';
import { alignTitles, dice, titleSimilarity } from '../../src/eval/align.js';
import { differences, figuresOf, parseQualityTable, renderQualityTable, replaceQualityTable, QUALITY_END, QUALITY_START, type ExpectedScores } from '../../src/eval/expected.js';
import { compareDeadlines, compareDecision, compareOwners, deadlinesOfItem, pairDecisions } from '../../src/eval/fields.js';
import { readGold } from '../../src/eval/gold.js';
import { contentTokens, normaliseOwner, normaliseTitle } from '../../src/eval/normalise.js';
import { findingLines, renderReport } from '../../src/eval/report.js';
import { prf, scoreDocument, scoreSet } from '../../src/eval/score.js';
import type { Gold, GoldItem, ScoredDeadline, ScoredItem, ScoredOwner, ScoredRecord, ScoredTask } from '../../src/eval/types.js';

const owner = (text: string, fields: Partial<Omit<ScoredOwner, 'text'>> = {}): ScoredOwner => ({ text, name: null, initials: null, role: null, ...fields });
const deadline = (value: string | null, relative: 'next-meeting' | null = null, text = 'senast'): ScoredDeadline => ({ text, value, relative });
const task = (text: string, owners: ScoredOwner[] = [], deadlines: ScoredDeadline[] = []): ScoredTask => ({ text, owners, deadlines });
const item = (title: string, decisions: ScoredTask[] = [], actions: ScoredTask[] = []): ScoredItem => ({ title, decisions, actions });
const record = (items: ScoredItem[], date: string | null = '2024-04-02', referenceYear: number | null = 2024): ScoredRecord => ({ meeting: { date, referenceYear }, items });
const goldItem = (title: string, fields: Partial<Omit<GoldItem, 'title'>> = {}): GoldItem => ({ title, decisions: [], owners: [], deadlines: [], ...fields });
const gold = (items: GoldItem[], file = 'm', date: string | null = '2024-04-02', referenceYear: number | null = 2024): Gold => ({ file, date, referenceYear, items });
const counts = (x: { tp: number; fp: number; fn: number }): [number, number, number] => [x.tp, x.fp, x.fn];

describe('title keys', () => {
  it.each([
    ['1.Mötets öppnande', 'mötets öppnande'],
    ['3. Innovationsråd (MB)', 'innovationsråd'],
    ['3) Innovationsråd', 'innovationsråd'],
    ['§ 12 Budget 2025', 'budget 2025'],
    ['§§ 4a: Val', 'val'],
    ['1.2 Del två', 'del två'],
    ['2 Ledningskommunikation (DL) I/D', 'ledningskommunikation'],
    ['2 Ledningskommunikation I/D (DL)', 'ledningskommunikation'],
    ['4 Signs of safety (KH+VC) I/D/B', 'signs of safety'],
    ['Budget - B', 'budget'],
    ['Säkerhet- och  trygghetsrutiner, utanför Bredgatan', 'säkerhet och trygghetsrutiner utanför bredgatan'],
    ['Chefsmöte (alla chefer VOF)', 'chefsmöte alla chefer vof'],
    ['2030 – klimatmål', '2030 klimatmål'],
    ['Information\u00A0om\u202Fläget', 'information om läget'],
    ['Ideer', 'ideer'],
    ['', ''],
  ])('%j -> %j', (title, key) => {
    expect(normaliseTitle(title)).toBe(key);
  });
});

describe('title similarity and alignment', () => {
  it('takes the Dice of distinct tokens', () => {
    expect(dice(['a', 'b', 'b'], ['b', 'c'])).toBe(0.5);
    expect(dice([], ['a'])).toBe(0);
  });

  it('is 1 for equal keys, Dice otherwise, the threshold for whole-word containment, 0 for an empty key', () => {
    expect(titleSimilarity('Innovationsråd', '3. Innovationsråd (MB)')).toBe(1);
    expect(titleSimilarity('Val av justerare', 'Val av justerare och sekreterare')).toBe(0.75);
    expect(titleSimilarity('Kamera Carnot', 'Kamera vid Carnot')).toBe(0.8);
    expect(titleSimilarity('Information', 'Information – Nytt inom arbetsmiljö')).toBe(0.6);
    expect(titleSimilarity('Mål och ekonomi', 'Ekonomi, personal')).toBe(0.4);
    expect(titleSimilarity('rum', 'Forum för dialog')).toBe(0);
    expect(titleSimilarity('', 'Budget')).toBe(0);
    expect(titleSimilarity('(KH)', '(KH)')).toBe(0);
  });

  it('pairs in document order, never crossing, maximising the summed similarity', () => {
    const goldTitles = ['Val av justerare', 'Föregående mötesanteckningar', 'Mål och ekonomi', 'Kamera Carnot', 'Information'];
    const predicted = ['§ 1 Val av justerare och sekreterare', 'Kamera vid Carnot', '§ 2 Mål och ekonomi (FC)', 'Information – Nytt inom arbetsmiljö'];
    expect(alignTitles(goldTitles, predicted).map((p) => [p.gold, p.predicted, p.similarity])).toEqual([
      [0, 0, 0.75],
      [2, 2, 1],
      [4, 3, 0.6],
    ]);
  });

  it('pairs a title once, with the earliest of equal candidates, and nothing below the threshold', () => {
    expect(alignTitles(['Budget'], ['Budget', 'Budget']).map((p) => p.predicted)).toEqual([0]);
    expect(alignTitles(['Budget', 'Budget'], ['Budget']).map((p) => p.gold)).toEqual([0]);
    expect(alignTitles(['Mål och ekonomi'], ['Ekonomi, personal'])).toEqual([]);
    expect(alignTitles([], ['Budget'])).toEqual([]);
    expect(alignTitles(['Budget'], [])).toEqual([]);
  });
});

describe('decisions', () => {
  const goldText = 'att godkänna budgeten för verksamheten under hösten'; // 5 content words

  it('takes distinct words of three letters or more, without stop words', () => {
    expect([...contentTokens('Att FLG ska ta fram en plan för 2025 och HR-chef, plan')].sort()).toEqual(['chef', 'flg', 'fram', 'plan']);
  });

  it('needs 60% of the gold words in the prediction', () => {
    expect(compareDecision(goldText, 'Beslutas att godkänna budgeten').same).toBe(false); // 2/5
    expect(compareDecision('alfa beta gamma delta epsilon', 'alfa beta gamma zeta theta iota kappa')).toMatchObject({ same: true, goldCoverage: 0.6 }); // 3/5, 3/7
    expect(compareDecision('alfa beta gamma delta epsilon', 'alfa beta').same).toBe(false); // 2/5, 2/2
  });

  it('needs 40% of the predicted words in the gold', () => {
    expect(compareDecision(goldText, `${goldText} samt ett antal helt andra saker ingen kommer ihåg alls idag`).same).toBe(false); // 5/5, 5/15
    expect(compareDecision('alfa beta gamma', 'alfa beta zeta theta eta')).toMatchObject({ same: true, predictedCoverage: 0.4 }); // 2/3, 2/5
    expect(compareDecision('alfa beta gamma', 'alfa beta zeta theta eta iota').same).toBe(false); // 2/6
    const m = compareDecision(goldText, 'godkänna budgeten under hösten, ekonomichef redovisar resultat senare'); // 4/5, 4/8
    expect([m.same, m.goldCoverage, m.predictedCoverage, m.score]).toEqual([true, 0.8, 0.5, (2 * 0.8 * 0.5) / 1.3]);
  });

  it('compares texts without content words by their words alone', () => {
    expect(compareDecision('att ja', 'Att ja.').same).toBe(true);
    expect(compareDecision('att ja', 'att nej').same).toBe(false);
    expect(compareDecision('', '').same).toBe(false);
  });

  it('pairs one-to-one, the best pair first', () => {
    expect(pairDecisions(['godkänna budgeten', 'godkänna budgeten för hösten'], ['godkänna budgeten för hösten']).map((p) => [p.gold, p.predicted])).toEqual([[1, 0]]);
    expect(pairDecisions(['alfa beta', 'alfa beta'], ['alfa beta', 'alfa beta']).map((p) => [p.gold, p.predicted])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('owners', () => {
  it('normalises aliases: case, spaces, a leading "nuvarande"', () => {
    expect(normaliseOwner('  Nuvarande   Verksamhetskoordinator ')).toBe('verksamhetskoordinator');
    expect(normaliseOwner('Nuvarande')).toBe('nuvarande');
    expect(normaliseOwner(null)).toBe('');
  });

  it('matches on any of text, name, initials and role against any alias', () => {
    const goldOwners = [['Karolina Håkansson', 'KH', 'HR-chef'], ['Martina Barte', 'MB'], ['Alla']];
    const r = compareOwners(goldOwners, [owner('HR-chef'), owner('Martina', { initials: 'mb' }), owner('alla ')]);
    expect(counts(r)).toEqual([3, 0, 0]);
  });

  it('counts a second owner for the same gold owner as neither right nor wrong', () => {
    const r = compareOwners([['Karolina Håkansson', 'KH']], [owner('KH'), owner('Karolina Håkansson'), owner('KH')]);
    expect(counts(r)).toEqual([1, 0, 0]);
  });

  it('finds the largest one-to-one matching', () => {
    // the first prediction could be either; taking the first gold owner would strand the second prediction
    const r = compareOwners([['AA', 'Chef'], ['AA']], [owner('AA', { role: 'Chef' }), owner('Chef')]);
    expect(counts(r)).toEqual([2, 0, 0]);
  });

  it('counts false positives once per distinct label and misses with their aliases', () => {
    const r = compareOwners([['Stabschef']], [owner('Kommunikationschef'), owner('kommunikationschef'), owner('FLG', { name: 'X' }), owner('FLG')]);
    expect(counts(r)).toEqual([0, 2, 1]);
    expect(r.extra).toEqual(['kommunikationschef', 'flg']);
    expect(r.missed).toEqual([['Stabschef']]);
  });

  it('ignores predicted owners with no text at all', () => {
    expect(counts(compareOwners([], [owner(' ')]))).toEqual([0, 0, 0]);
  });
});

describe('deadlines', () => {
  it('reads values, next-meeting and unresolved texts from decisions and actions', () => {
    const d = deadlinesOfItem(
      item('X', [task('att', [], [deadline(' 2025-02-07 '), deadline(null, 'next-meeting'), deadline('2025-02-07')])], [task('a', [], [deadline(null, null, 'snart'), deadline('', 'next-meeting')])]),
    );
    expect([...d.values]).toEqual(['2025-02-07', 'next-meeting']);
    expect(d.unresolved).toEqual(['snart']);
  });

  it('compares values as sets', () => {
    const r = compareDeadlines(['2025-02-07', 'next-meeting', '2024-23'], new Set(['2025-02-07', '2024-23', '2025-03']));
    expect(counts(r)).toEqual([2, 1, 1]);
    expect([r.missed, r.extra]).toEqual([['next-meeting'], ['2025-03']]);
  });
});

describe('precision, recall, F1', () => {
  it('computes them from counts', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 6 / 9 });
  });

  it('is 1 with nothing expected and nothing predicted, 0 where something was missed or invented', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('documents and sets', () => {
  const annotated = gold([
    goldItem('Budget', { decisions: ['att godkänna budgeten'], owners: [['Ekonomichef', 'EC']], deadlines: ['2024-05'] }),
    goldItem('Rekrytering', { decisions: ['att utse en rekryteringsgrupp'], owners: [['HR-chef']], deadlines: ['next-meeting'] }),
  ]);

  it('scores a perfect record as perfect', () => {
    const perfect = record([
      item('1. Budget', [task('Beslutas att godkänna budgeten', [owner('EC')], [deadline('2024-05')])]),
      item('2. Rekrytering', [task('att utse en rekryteringsgrupp')], [task('HR-chef återkommer', [owner('HR-chef')], [deadline(null, 'next-meeting')])]),
    ]);
    const s = scoreDocument(annotated, perfect);
    expect(Object.values(s.counts).map(counts)).toEqual([[2, 0, 0], [2, 0, 0], [2, 0, 0], [2, 0, 0]]);
    expect([s.meetingDate.correct, s.referenceYear.correct, s.findings]).toEqual([true, true, []]);
  });

  it('counts everything in a gold item with no predicted item as missed, everything in an extra item as false', () => {
    const s = scoreDocument(
      annotated,
      record([item('Budget', [task('att godkänna budgeten', [owner('EC')], [deadline('2024-05')])]), item('Övrigt', [task('att avsluta mötet')], [task('x', [owner('Alla'), owner('FLG')], [deadline('2024-06'), deadline(null, null, 'snart')])])]),
    );
    expect(Object.values(s.counts).map(counts)).toEqual([[1, 1, 1], [1, 1, 1], [1, 2, 1], [1, 1, 1]]);
    expect(s.unresolvedDeadlines).toBe(1);
    expect(s.findings.filter((f) => f.sign === '-').map((f) => `${f.what}: ${f.text}`)).toEqual(['item: Rekrytering', 'decision: att utse en rekryteringsgrupp', 'owner: HR-chef', 'deadline: next-meeting']);
  });

  it('misses everything when there is no record, including the dates', () => {
    const s = scoreDocument(annotated, null);
    expect(Object.values(s.counts).map(counts)).toEqual([[0, 0, 2], [0, 0, 2], [0, 0, 2], [0, 0, 2]]);
    expect([s.meetingDate.correct, s.referenceYear.correct]).toEqual([false, false]);
  });

  it('counts dates only where the gold states them', () => {
    const set = scoreSet([gold([], 'a', null, 2025), gold([], 'b', '2024-04-02', 2024)], new Map([['a', record([], '2025-01-01', 2025)], ['b', record([], '2024-04-03', 2024)]]));
    expect([set.meetingDate, set.referenceYear]).toEqual([{ correct: 0, total: 1 }, { correct: 2, total: 2 }]);
  });

  it('sums counts over files before taking F1 (micro average)', () => {
    const a = gold([goldItem('Budget')], 'a');
    const b = gold([goldItem('Val'), goldItem('Rapporter'), goldItem('Övrigt')], 'b');
    const set = scoreSet([b, a], new Map([['a', record([item('Budget')])], ['b', record([item('Val')])]]));
    expect(counts(set.totals.items)).toEqual([2, 0, 2]);
    expect(set.totals.items.f1).toBeCloseTo(4 / 6, 12); // the macro average of the files would be (1 + 0.5) / 2
    expect(set.files.map((f) => f.file)).toEqual(['a', 'b']);
    expect(set.overallF1).toBeCloseTo((4 / 6 + 1 + 1 + 1) / 4, 12);
  });

  it('scores an empty prediction against gold as zero, and no gold at all as zero rather than one', () => {
    const empty = scoreSet([annotated], new Map([['m', record([])]]));
    expect([empty.totals.items.f1, empty.totals.decisions.recall, empty.overallF1]).toEqual([0, 0, 0]);
    const missing = scoreSet([annotated], new Map());
    expect(missing.withoutPrediction).toEqual(['m']);
    const nothing = scoreSet([], new Map([['m', record([item('Budget')])]]));
    expect([nothing.goldFiles, nothing.totals.items.f1, nothing.totals.items.precision, nothing.overallF1]).toEqual([0, 0, 0, 0]);
  });

  it('scores gold with no items against an empty prediction as perfect, and a prediction with items as all false', () => {
    expect(scoreSet([gold([])], new Map([['m', record([])]])).overallF1).toBe(1);
    const s = scoreSet([gold([])], new Map([['m', record([item('Budget', [task('att godkänna')])])]]));
    expect([counts(s.totals.items), counts(s.totals.decisions), s.totals.items.f1]).toEqual([[0, 1, 0], [0, 1, 0], 0]);
  });

  it('reports misses and false positives item by item', () => {
    const s = scoreDocument(gold([goldItem('Budget', { owners: [['EC']] })]), record([item('Budget', [], [task('x', [owner('FLG')])])], null));
    const lines = findingLines({ ...s, file: 'm', predicted: true });
    expect(lines).toEqual(['  in item "Budget":', '    - owner missed: [EC]', '    + owner extra: "flg"', '  - meeting date missed: 2024-04-02 (predicted null)']);
  });
});

describe('gold files', () => {
  it('reads a complete gold file', () => {
    const { gold: g, problems } = readGold(
      { file: 'x', meeting: { date: '2024-04-02', referenceYear: 2024 }, items: [{ title: 'A', decisions: ['att b'], owners: [['C', 'cc'], 'D'], deadlines: [' 2024-05', '2024-05'] }] },
      'stem',
    );
    expect(problems).toEqual([]);
    expect(g).toEqual({ file: 'x', date: '2024-04-02', referenceYear: 2024, items: [{ title: 'A', decisions: ['att b'], owners: [['C', 'cc'], ['D']], deadlines: ['2024-05'] }] });
  });

  it('keeps what it can of a half-written one and says what it could not', () => {
    const { gold: g, problems } = readGold({ meeting: { date: 5, referenceYear: 2024.5 }, items: [{ decisions: 'att x', owners: [3, ['A', 4]] }, 'junk'] }, 'stem');
    expect(g).toEqual({ file: 'stem', date: null, referenceYear: null, items: [{ title: '', decisions: [], owners: [['A']], deadlines: [] }] });
    expect(problems).toHaveLength(8);
    expect(readGold([], 'stem').gold).toBeNull();
  });
});

describe('expected figures', () => {
  const figures: ExpectedScores = {
    samples: { text: { items: 1, decisions: 0.98, owners: 1, deadlines: 1, overall: 0.995, dates: '4/4' } },
    'test/fixtures/minutes': { pdf: { items: 0.963, decisions: 0.941, owners: 0.971, deadlines: 0.966, overall: 0.96, dates: '8/8' } },
  };

  it('round-trips through the README table between the markers', () => {
    const readme = `# x\n\n${QUALITY_START}\nold\n${QUALITY_END}\n\nafter\n`;
    const written = replaceQualityTable(readme, figures);
    expect(written).toContain('| samples | text | 1.000 | 0.980 | 1.000 | 1.000 | 0.995 | 4/4 |');
    expect(written.endsWith(`${QUALITY_END}\n\nafter\n`)).toBe(true);
    expect(written).not.toContain('old');
    expect(parseQualityTable(written)).toEqual(figures);
    expect(() => parseQualityTable('no markers')).toThrow(/quality:start/);
    expect(renderQualityTable({}).split('\n')).toHaveLength(2);
  });

  it('finds differences beyond the tolerance in both directions', () => {
    const moved: ExpectedScores = structuredClone(figures);
    const text = moved.samples?.text;
    if (!text) throw new Error('the figures lost samples/text');
    text.items = 0.985; // within 0.02
    text.decisions = 0.95; // worse by 0.03
    text.owners = 1.03; // better by 0.03: still a difference
    text.dates = '3/4';
    expect(differences(moved, figures, 0.02)).toEqual([
      'samples text decisions: 0.950, expected 0.980',
      'samples text owners: 1.030, expected 1.000',
      'samples text dates: 3/4, expected 4/4',
    ]);
    expect(differences({ samples: figures.samples ?? {} }, figures, 0.02)).toEqual(['test/fixtures/minutes: expected, but not evaluated']);
  });

  it('rounds a set score to three decimals', () => {
    const set = scoreSet([gold([goldItem('A'), goldItem('B'), goldItem('C')])], new Map([['m', record([item('A')])]]));
    expect(figuresOf(set)).toEqual({ items: 0.5, decisions: 1, owners: 1, deadlines: 1, overall: 0.875, dates: '1/1' });
  });

  it('renders an empty evaluation as a note', () => {
    expect(renderReport([], false)).toMatch(/^no minutes with gold files found/);
  });
});
