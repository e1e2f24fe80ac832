import type { Rule } from '../../model/rule.js';

/** An item's number as its heading writes it, and the title text after it. */
export interface ItemNumber {
  number: string;
  /** the number as a comparable value: "3" -> [3], "1.2" -> [1, 2], "§ 45" -> [45] */
  numberPath: number[];
  /** a § paragraph of a protocol */
  section: boolean;
  /** "§ 12 a", "3 b", "3 ½": an item added under the number before it */
  lettered: boolean;
  /** the heading after its number */
  rest: string;
}

/**
 * "3.", "3)", "1.2", "§ 45", "§ 12 a", "3 b", "Punkt 3:", "P. 3", "#3"; a § number may carry the year
 * ("§ 63/20", "§ 12/2024") and the body's short name before it ("KS § 45", "SN § 12", "Tnau § 31");
 * kommunalförbund and companies often write the number first ("34 §"), but "11 § MBL." is a law cited;
 * "02.14 Larm via SOS Alarm" in a timeline is a clock time (an item's number has no leading zero);
 * a råd's minutes may number their points in Roman numerals ("IV. Kamerabevakning"), and a
 * stab's log its points in brackets ("[3] Lägesbild")
 */
export const ITEM_NUMBER = /^(?:(?:punkt|p\.|ärende|#)\s*|\p{Lu}[\p{L}]{1,5}\s+(?=§)|\[(?=\d{1,2}(?:\.\d{1,2})*\]))?(§\s*(\d{1,4})(?:\s?([a-z]))?(?:\s?\/\s?(?:\d{2}|\d{4}))?|(\d{1,4})\s?§(?!\s*\p{Lu}{2,5}(?:[.,;)]|\s*$))|(?!0\d[.:]\d\d(?!\d))(\d{1,2}(?:\.\d{1,2})*)(?!\s?§)(?:\s?([a-z]|½))?)(?:\s*[.):\]]\s*|\s+[–|-]\s+|\s+)(?=\S)|^(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(?=\p{Lu})/iu;

/** "Ärende 1", "Punkt 3", "Pkt 4", "Paragraf 2": an item's number alone on its line, its title on the next or beside it */
export const NUMBER_ALONE = /^(?:ärende|punkt|pkt\.?|paragraf)\s*\d{1,3}\s?[a-z]?[.:]?$/iu;

/**
 * "3.1 ", "4.2.2 ": a note's number typed before it, under a point numbered "3." or "4.". Not a
 * clock time ("02.36 Insatsledaren framme", "14.30 Paus"): no leading zero, and a number of two
 * levels has a one-digit second.
 */
export const NOTE_NUMBER = /^(?!\d{1,2}\.\d\d(?![.\d]))[1-9]\d?(?:\.[1-9]\d?){1,3}\s+(?=\p{Lu})/u;

/** "IV" -> 4, "XII" -> 12. */
function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  return [...roman].reduce((sum, c, k) => sum + (values[c]! < (values[roman[k + 1] ?? ''] ?? 0) ? -values[c]! : values[c]!), 0);
}

export const itemNumber: Rule<void, ItemNumber, [string, string][]> = {
  name: 'item number (3. / § 12 a / Punkt 3:)',
  about: 'an agenda item heading opens with its number: a paragraph sign, a plain or decimal number, "Punkt"; a letter or "½" after it adds an item under the one before',
  find(line) {
    const n = ITEM_NUMBER.exec(line.trim());
    if (!n) return [];
    if (n[7] !== undefined) {
      // "IV. Kamerabevakning": a Roman numeral in capitals (the pattern's case-blindness lets "iv." by)
      if (!/^[IVX]+$/u.test(n[7]) || !/^\p{Lu}/u.test(line.trim().slice(n[0].length))) return [];
      return [{ number: n[7], numberPath: [romanValue(n[7])], section: false, lettered: false, rest: line.trim().slice(n[0].length) }];
    }
    const section = n[2] ?? n[4];
    return [{
      number: n[4] ? `§ ${n[4]}` : n[1]!.replace(/\s+/g, ' '),
      numberPath: section ? [Number(section)] : n[5]!.split('.').map(Number),
      section: Boolean(section),
      lettered: Boolean(n[3] ?? n[6]),
      rest: line.trim().slice(n[0].length),
    }];
  },
  examples: [
    { text: '3. Innovationsråd (MB)', expected: [['3', 'Innovationsråd (MB)']] },
    { text: '§ 12 a Tilläggsärende: Budget', expected: [['§ 12 a', 'Tilläggsärende: Budget']] },
    { text: '1.2 Uppföljning', expected: [['1.2', 'Uppföljning']] },
    { text: 'Punkt 4: Övrigt', expected: [['4', 'Övrigt']] },
    { text: 'Punkt 4 – Övriga frågor', expected: [['4', 'Övriga frågor']] },
    { text: 'Ärende 2: Budget 2026', expected: [['2', 'Budget 2026']] },
    { text: '#4 Rektorn besöker elevrådet', expected: [['4', 'Rektorn besöker elevrådet']] },
    { text: '3 ½ Extra punkt', expected: [['3 ½', 'Extra punkt']] },
    { text: '§ 63/20 Fastställande av dagordning', expected: [['§ 63/20', 'Fastställande av dagordning']] },
    { text: 'KS § 45 Budget 2026', expected: [['§ 45', 'Budget 2026']] },
    { text: 'Tnau § 31 VAL AV JUSTERARE', expected: [['§ 31', 'VAL AV JUSTERARE']] },
    { text: '34 § Årsredovisning 2024', expected: [['§ 34', 'Årsredovisning 2024']] },
    { text: '11 § MBL. Vision lämnar sina synpunkter', expected: [] },
    { text: 'Innovationsråd', expected: [] },
    { text: '02.14 Larm via SOS Alarm: brand i lägenhet', expected: [] },
    { text: 'IV. Kamerabevakning vid busstationen', expected: [['IV', 'Kamerabevakning vid busstationen']] },
    { text: 'IX. Övrigt', expected: [['IX', 'Övrigt']] },
    { text: '[3] Lägesbild per funktion', expected: [['3', 'Lägesbild per funktion']] },
    { text: '[2.1] Elförsörjning', expected: [['2.1', 'Elförsörjning']] },
    { text: '6 | Ny organisation | Förhandling MBL § 11', expected: [['6', 'Ny organisation | Förhandling MBL § 11']] },
  ],
};
