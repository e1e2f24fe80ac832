/**
 * Items whose titles open their first paragraph in bold ("3. Schema och bemanning. Sara gick
 * igenom ..."), as APT notes are often typed.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx.js';
import { readText } from '../../src/read/text.js';
import { segment } from '../../src/segment/index.js';
import { docx, p, run } from '../read/docx-fixture.js';

const runIn = (title: string, text: string) => p(run(title, '<w:b/>') + run(` ${text}`));
const body = [
  p(run('Minnesanteckningar APT städenheten')),
  p(run('Datum: 2025-02-20')),
  runIn('1. Mötets öppnande.', 'Sara hälsade alla välkomna.'),
  runIn('2. Schema och bemanning.', 'Alla som kan ta extra pass skriver upp sig senast 24/2.'),
  p(run('Beslut:', '<w:b/>') + run(' att ingen ny personal anställs.')),
  runIn('3. Nästa APT.', 'Torsdag 20 mars.'),
].join('');

describe('run-in titles', () => {
  it('split from their text in a Word document: the titles without their full stop, the text under them; a bold label stays a line', async () => {
    const items = segment(await readDocx(docx({ body }))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Mötets öppnande'], ['2', 'Schema och bemanning'], ['3', 'Nästa APT']]);
    expect(items[1]!.blocks.map((b) => b.text)).toEqual(['Alla som kan ta extra pass skriver upp sig senast 24/2.', 'Beslut: att ingen ny personal anställs.']);
  });
});

describe('run-in titles in plain text', () => {
  it('"1. Mötets öppnande. Sara hälsade …": a run of such lines numbered in turn are the items, a numbered sentence inside an item is none', () => {
    const text = ['Minnesanteckningar APT', 'Datum: 2025-02-20', '1. Mötets öppnande. Sara hälsade alla välkomna och särskilt Petra, som är', 'tillbaka efter föräldraledigheten.',
      '2. Schema och bemanning. Sara gick igenom schemat för mars. Alla skriver upp sig', 'senast måndag 24 februari.', '3. Nästa APT. Torsdag 20 mars.'].join('\n');
    const items = segment(readText(new TextEncoder().encode(text))).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Mötets öppnande'], ['2', 'Schema och bemanning'], ['3', 'Nästa APT']]);
    expect(items[1]!.blocks.map((b) => b.text).join(' ')).toBe('Sara gick igenom schemat för mars. Alla skriver upp sig senast måndag 24 februari.');
  });
});
