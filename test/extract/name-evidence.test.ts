/**
 * A single capitalised word as a task's subject is a person only when it reads as a name: the
 * Swedish dictionary (dictionary-sv) knows "Göran" as a proper noun and "Personal", "Ekonomi",
 * "Kansli" as common words; a word it does not know at all ("Dragana", "Mehmet") is taken for a
 * name. Figures behind this: scripts/measure-name-evidence.mjs.
 */
import { describe, expect, it } from 'vitest';
import { isCommonWord, isProperNoun } from '../../src/lexicon/swedish-words.js';
import { itemOf, ownerTexts, recordOf } from '../support/minutes.js';

describe('a first name, a surname or a common noun as the subject of a task', () => {
  it.each([
    ['Göran tar fram ett förslag till nästa möte.', ['Göran']],
    ['Tove skickar ut kallelsen senast fredag.', ['Tove']],
    ['Sirpa återkommer med en tidplan till nästa möte.', ['Sirpa']],
    ['Mohammed tar fram en kostnadskalkyl.', ['Mohammed']],
    ['Dragana tar fram en checklista till nästa APT.', ['Dragana']],
    ['Mehmet tar fram en åtgärdsplan för placeringskostnaderna.', ['Mehmet']],
    ['Tornberg ansvarar för att vårdnadshavarna informeras.', ['Tornberg']],
  ])('%s names a person', async (sentence, owners) => {
    expect(ownerTexts(await itemOf(sentence))).toEqual(owners);
  });

  it.each([
    'Personal tar fram en rutin för trygghetslarm.',
    'Ekonomi tar fram en prognos till oktober.',
    'Kansli bereder ärendet till nästa sammanträde.',
    'Kommunikation återkommer med en plan i mars.',
    'Stödfunktioner tar fram ett underlag till nästa möte.',
  ])('%s names nobody', async (sentence) => {
    expect(ownerTexts(await itemOf(sentence))).toEqual([]);
  });

  it('a participant is a name even where the dictionary knows the word in lower case', async () => {
    const record = await recordOf('Minnesanteckningar\nDatum: 2025-01-14\nNärvarande: Karl Berg, Lina Ek\n\n1. Ärende\nKarl tar fram ett förslag till nästa möte.\n\n2. Övrigt\nInga övriga frågor.\n');
    expect(ownerTexts(record.items[0]!)).toEqual(['Karl']);
    // without the participant list "karl" (a man) is a common word
    expect(ownerTexts(await itemOf('Karl tar fram ett förslag till nästa möte.'))).toEqual([]);
  });
});

describe('the Swedish word list', () => {
  it('tells proper nouns from common words in their inflected forms and compounds', () => {
    expect(['Omar', 'Göran', 'Lisa', 'Tornberg'].filter(isProperNoun)).toEqual(['Omar', 'Göran', 'Lisa', 'Tornberg']);
    expect(isProperNoun('Personal')).toBe(false);
    expect(['Personal', 'Planen', 'Arbetet', 'Budget', 'Tidplanen', 'Riskbedömning', 'Dock'].every((w) => isCommonWord(w))).toBe(true);
    expect(['Omar', 'Dragana', 'Mehmet'].some((w) => isCommonWord(w))).toBe(false);
  });
});
