import { describe, expect, it } from 'vitest';
import { pageFurniture, withoutPageFurniture } from '../../src/read/text/furniture.js';
import { splitLines } from '../../src/read/text/lines.js';
import { readText } from '../../src/read/text.js';

const header = (page: number) => `STORÅSENS KOMMUN\nMiljö- och byggnämnden\n\nPROTOKOLL\n\n${page} (3)\n2022-02-16\n`;
const footer = '\nOrdförandes sign\n\nJusterandes sign\n';
const pages = [
  `${header(1)}\nSammanträdesdatum: 2022-02-16\n\n§ 1 Mötets öppnande\nOrdföranden förklarar mötet öppnat.\n${footer}`,
  `${header(2)}\n§ 2 Tillsynsplan\nNämnden beslutar att fastställa planen och att uppdra åt\n${footer}`,
  `${header(3)}\nmiljöchefen att redovisa en uppföljning senast i september.\n\n§ 3 Information\n${footer}`,
];
const text = pages.join('\f');

describe('page furniture in text from a PDF', () => {
  it('drops the header repeated on later pages, every page number and the footer; the first page keeps its header', () => {
    const kept = withoutPageFurniture(splitLines(text).lines).map((l) => l.text).filter(Boolean);
    expect(kept.filter((t) => t === 'STORÅSENS KOMMUN')).toHaveLength(1);
    expect(kept.filter((t) => t === '2022-02-16')).toHaveLength(1);
    expect(kept.some((t) => /^\d \(3\)$/.test(t))).toBe(false);
    expect(kept).not.toContain('Justerandes sign');
    expect(kept).toContain('§ 2 Tillsynsplan');
  });

  it('drops a footer that the last page\'s signature lines push up', () => {
    const page1 = 'Tallmo kommun\n\nProtokoll\n\n5. Arbetsmiljö\nPetra Lund lyfter problemen. Mats Öhrn\n\nFSG Samhällsbyggnad 2026-02-11\n\nSida 1 av 2\n';
    const page2 = 'Tallmo kommun\n\nProtokoll\n\nåterkommer snarast med en rutin.\n\n6. Nästa möte\nDen 11 mars.\n\nFSG Samhällsbyggnad 2026-02-11\n\nPetra Lund\n\nSida 2 av 2\n';
    const kept = withoutPageFurniture(splitLines(`${page1}\f${page2}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept.indexOf('återkommer snarast med en rutin.')).toBe(kept.indexOf('Petra Lund lyfter problemen. Mats Öhrn') + 1);
  });

  it('drops a running header\'s "Minnesanteckningar", a column title alone, but keeps a table\'s header row and a part label that open two pages', () => {
    const head = 'BREDÅKERS KOMMUN\n\nKulturskolan\n\nMinnesanteckningar\n\n';
    const page1 = `${head}Ledningsgruppens möte 3 februari 2026\n\nKörsång i årskurs 2\nIW föreslog en pilot.\n\n1 (2)\n`;
    const page2 = `${head}Beslut: Ledningsgruppen beslutar att starta en pilot.\n\n2 (2)\n`;
    const kept = withoutPageFurniture(splitLines(`${page1}\f${page2}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept.filter((t) => t === 'Minnesanteckningar')).toHaveLength(1);
    expect(kept.indexOf('Beslut: Ledningsgruppen beslutar att starta en pilot.')).toBe(kept.indexOf('IW föreslog en pilot.') + 1);
    const table = (rows: string) => `Tallmo kommun\nProtokoll\nPunkt\nAnsvarig\nKlart\n${rows}\n`;
    const kept2 = withoutPageFurniture(splitLines(`${table('Budget\nKE\n30/9')}\f${table('Lokaler\nMA\n15/10')}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept2.filter((t) => t === 'Ansvarig')).toHaveLength(2);
    const label = (text: string) => `Tallmo kommun\nProtokoll\nKommunstyrelsens beslut\n${text}\n`;
    const kept3 = withoutPageFurniture(splitLines(`${label('1. Planen antas.')}\f${label('1. Taxan antas.')}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept3.filter((t) => t === 'Kommunstyrelsens beslut')).toHaveLength(2);
  });

  it('drops a -layout footer whose first word names a column ("Minnesanteckningar VLG   Sida 1 av 2"), and keeps the table\'s header row repeated on the next page', () => {
    const headerRow = ' Ärende            Info/Diskussion           Beslut/Åtgärd     Ansvarig     Klart';
    const page = (n: number, row: string) => `Tjälby kommun\n\n${headerRow}\n${row}\n\n\nMinnesanteckningar VLG 2026-03-17                              Sida ${n} av 2\n`;
    const kept = withoutPageFurniture(splitLines(`${page(1, ' 1. Ekonomi         PS redovisade prognosen.  PS           30/4')}\f${page(2, ' 2. Övrigt          Inga frågor.              LÅ')}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept.some((t) => t.startsWith('Minnesanteckningar VLG'))).toBe(false);
    expect(kept.filter((t) => t.startsWith('Ärende'))).toHaveLength(2);
  });

  it('steps over an uppercase margin title that plain pdftotext printed among the running header\'s lines', () => {
    const head = (n: number, title: string) => `KÅLLBY KOMMUN\nKommunstyrelsen\n\n1988-04-12\n\n${title}SAMMANTRÄDESPROTOKOLL\nBlad ${n}\n\n`;
    const page1 = `${head(1, '')}Tid och plats\nTisdagen den 12 april 1988\n`;
    const page2 = `${head(2, 'JUSTERINGSMÄN\n\n')}§ 58\n\nAtt jämte ordföranden justera dagens protokoll utsågs Karl Nyström.\n`;
    const kept = withoutPageFurniture(splitLines(`${page1}\f${page2}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept.slice(kept.indexOf('JUSTERINGSMÄN'))).toEqual(['JUSTERINGSMÄN', '§ 58', 'Att jämte ordföranden justera dagens protokoll utsågs Karl Nyström.']);
  });

  it('drops a page number that gives its own page and the count, wherever pdftotext put it on the page', () => {
    const grid = Array.from({ length: 12 }, (_, k) => `Ledamot ${k + 1} (S)`).join('\n');
    const page1 = `LINDBY KOMMUN\nKommunstyrelsen\n\nPlats och tid\nBeslutande\n\n${grid}\n\nPROTOKOLL\n\n1 (2)\n2024-11-19\n\n1. Val av justerare\n2. Budget\n`;
    const page2 = 'LINDBY KOMMUN\nKommunstyrelsen\n\nPROTOKOLL\n\n2 (2)\n2024-11-19\n\n§ 1 Val av justerare\nEva valdes.\n\nSida 2\n';
    const kept = withoutPageFurniture(splitLines(`${page1}\f${page2}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept).not.toContain('1 (2)');
    expect(kept).not.toContain('Sida 2');
    expect(kept).toContain('1. Val av justerare');
  });

  it('keeps a number pair that is no page of this document ("3 (5)" in a two-page text)', () => {
    const page1 = 'Protokoll\n\nRöstsiffror\n\n3 (5)\n\nmer text här som fortsätter\n';
    const page2 = 'Protokoll\n\nannan text\n';
    const kept = withoutPageFurniture(splitLines(`${page1}\f${page2}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept).toContain('3 (5)');
  });

  it('keeps "§ 101" that opens two pages below the running header: each is an item', () => {
    const head = 'LIDMO KOMMUN     SAMMANTRÄDESPROTOKOLL     Blad {n}\nByggnadsnämnden     1986-10-08\n\n';
    const page = (n: number, body: string) => head.replace('{n}', String(n)) + body;
    const lines = splitLines([page(1, 'Plats och tid  Kommunhuset\n'), page(2, '§ 101\nJUSTERING\nRune Eriksson utsågs.\n'), page(3, '§ 105\nYTTRANDE\nNämnden beslöt.\n')].join('\f')).lines;
    const kept = withoutPageFurniture(lines).map((l) => l.text).filter(Boolean);
    expect(kept).toContain('§ 101');
    expect(kept).toContain('§ 105');
    expect(kept.filter((t) => t.startsWith('LIDMO KOMMUN'))).toHaveLength(1);
  });

  it('keeps a table header that repeats on every page: the table reader joins the pages by it', () => {
    const table = (n: number) => `Rubrik\n\nÅtgärd/beslut\n\nAnsvarig\n\nPunkt ${n}\n\nGörs\n\nAlla\n`;
    const lines = splitLines([table(1), table(2), table(3)].join('\f')).lines;
    const dropped = [...pageFurniture(lines)].map((k) => lines[k]!.text);
    expect(dropped).toEqual([]);
  });

  it('turns a § protocol with running headers into its items, not "1 (3)"', () => {
    const doc = readText(new TextEncoder().encode(text));
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).not.toContain('1 (3)');
    // the sentence cut by the page break is one text again, without the header between its halves
    expect(texts.join(' ')).toMatch(/uppdra åt\s+miljöchefen att redovisa/);
  });

  it('drops the page number of minutes that have one page ("1 (1)" above the title)', () => {
    const one = 'Klintebo kommun – Teknik- och fastighetsförvaltningen\n                                   1 (1)\n\nMinnesanteckningar ledningsgrupp\n\n1. Incheckning\nKort runda.\n';
    const texts = readText(new TextEncoder().encode(one)).blocks.map((b) => b.text);
    expect(texts).not.toContain('1 (1)');
    expect(texts).toContain('1. Incheckning');
  });
});

describe('page breaks in text whose form feeds became spaces', () => {
  it('start at a line set off by one space, but not in a run of such lines (a -layout table indented by one space)', () => {
    const lines = splitLines([
      'Övriga verksamheter följer budget.',
      ' Vad                       Vem        Tidpunkt',
      ' Sammanställa prognosen    RL         v. 8',
      '',
      '4. Lokalförsörjningsplan',
      'MH gick igenom utkastet.',
      ' Sida 2',
      'Text på nästa sida.',
    ].join('\n')).lines;
    expect(lines.map((l) => l.page)).toEqual([1, 1, 1, 1, 1, 1, 2, 2]);
  });
});

describe('a protocol footer printed on one page only', () => {
  it('drops "Justerandes signatur" and "Utdragsbestyrkande" wherever they stand: a decision\'s lead-in and its att-clauses meet', () => {
    const page1 = 'Direktionen\n\nProtokoll\n\n§ 35 Delårsrapport\nFörbundsekonomen redovisar rapporten.\nDirektionen beslutar\nJusterandes signatur\n\nUtdragsbestyrkande\n';
    const page2 = 'Direktionen\n\nProtokoll\n\natt godkänna delårsrapporten, samt\natt överlämna den till fullmäktige.\n\nVid protokollet\nUlrika Holm\n';
    const kept = withoutPageFurniture(splitLines(`${page1}\f${page2}`).lines).map((l) => l.text).filter(Boolean);
    expect(kept).not.toContain('Justerandes signatur');
    expect(kept).not.toContain('Utdragsbestyrkande');
    expect(kept.indexOf('att godkänna delårsrapporten, samt')).toBe(kept.indexOf('Direktionen beslutar') + 1);
  });
});

describe('an item\'s number at the foot of two pages', () => {
  it('"Pu § 40" and its "Dnr KS 2024/0034", printed by pdftotext before the footer, are the item\'s, no furniture', () => {
    const page = (n: number, body: string, next: string) => `GYLLBO KOMMUN\nKommunstyrelsens personalutskott\n\n${n} (3)\n2024-05-14\n\n${body}\nPu § ${next}\n\nJusterandes signatur\n\nDnr KS 2024/00${next}\n\nUtdragsbestyrkande\n`;
    const text = [page(1, 'Pu § 38\nVal av justerare\nAnita Rönn utses att justera.', '39'), page(2, 'Lönerevision\nLönechefen redovisar.', '40'), page(3, 'Sjukfrånvaro\nHR-chefen redovisar.', '41')].join('\f');
    const kept = withoutPageFurniture(splitLines(text).lines).map((l) => l.text).filter(Boolean);
    expect(kept).toEqual(expect.arrayContaining(['Pu § 39', 'Pu § 40', 'Pu § 41', 'Dnr KS 2024/0040']));
    expect(kept).not.toContain('Utdragsbestyrkande');
  });
});
