/**
 * pdftotext puts a one-line title cell and the first line of the cell beside it on one line:
 * "Peer support Samordningsförbundet undrar", "Politik Annika informerar:", "Innovationsråd  Dagens
 * innovationsråd är". This finds where the second cell starts: at a run of two or more spaces
 * (the column gap survived), else at the first capitalised ordinary word after the first word that
 * is followed by a lower-case word (a name and its verb, a sentence start). ALL-CAPS words and
 * words with digits ("VOC", "M365", "SIP") are names of things and stay in the title; a split
 * that would leave the title ending in a preposition or conjunction ("Dialog med | Vergenta
 * inför") is not taken.
 */

export interface LineSplit {
  left: string;
  right: string;
  /** 'gap': two or more spaces; 'capital': a capitalised word starting a clause */
  by: 'gap' | 'capital';
}

const DANGLING = new Set([
  'och', 'eller', 'samt', 'i', 'på', 'av', 'för', 'med', 'till', 'om', 'från', 'mot', 'inom', 'vid', 'under', 'efter',
  'inför', 'kring', 'hos', 'utan', 'att', 'som', 'en', 'ett', 'den', 'det', 'de', 'the', 'of', 'and',
]);

const ORDINARY_CAPITALISED = /^\p{Lu}\p{Ll}[\p{Ll}\-]*[,:]?$/u;
const LOWER_WORD = /^\p{Ll}/u;

export function splitJoinedLine(raw: string): LineSplit | null {
  const trimmed = raw.trim();
  const gap = /\S( {2,}|\t+)\S/.exec(trimmed);
  if (gap) {
    const at = gap.index + 1;
    return { left: trimmed.slice(0, at).trim(), right: trimmed.slice(at).trim(), by: 'gap' };
  }
  const words = trimmed.split(/\s+/);
  for (let i = 1; i + 1 < words.length; i++) {
    const word = words[i]!;
    if (!ORDINARY_CAPITALISED.test(word) || !LOWER_WORD.test(words[i + 1]!)) continue;
    const left = words.slice(0, i);
    if (DANGLING.has(left[left.length - 1]!.toLowerCase())) continue;
    return { left: left.join(' '), right: words.slice(i).join(' '), by: 'capital' };
  }
  return null;
}
