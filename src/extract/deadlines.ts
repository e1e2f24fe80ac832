/**
 * Which dates in a sentence are deadlines. A date is a deadline when the words around it say
 * something is to be done, reported back, decided or evaluated by then ("senast den 7 februari",
 * "Återkoppling till FLG den 28 januari", "presenteras i augusti", "till hösten"), and not when it
 * only says when an event happens ("på chefsdagen 3 mars"), when something starts to apply
 * ("från och med april") or when something ran. This is the refiner of chrono-node's design: the
 * date parsers find every date, this step decides what each one is.
 */
import { DEADLINE_CUES, EVENT_NOUN, NOT_DEADLINE_BEFORE } from '../lexicon/index.js';
import { findDateMentions, type DateMention } from './dates.js';
import type { DeadlineKind, DeadlineMention } from './types.js';

/** the last few words before a mention */
const wordsBefore = (sentence: string, m: DateMention, n: number) =>
  sentence.slice(0, m.start).trim().split(/\s+/).slice(-n).join(' ').toLowerCase();

function kindOf(sentence: string): DeadlineKind {
  for (const cue of DEADLINE_CUES) if (cue.pattern.test(sentence)) return cue.kind;
  return 'due';
}

export interface DeadlineContext {
  /** the sentence stands in an Åtgärd/beslut column: what it dates is to be done by then */
  inActionColumn?: boolean;
}

export function findDeadlines(sentence: string, context: DeadlineContext = {}): DeadlineMention[] {
  const mentions = findDateMentions(sentence);
  if (!mentions.length) return [];
  const clauseCue = context.inActionColumn === true || DEADLINE_CUES.some((c) => c.pattern.test(sentence));
  const out: DeadlineMention[] = [];
  for (const m of mentions) {
    const near = wordsBefore(sentence, m, 4);
    const own = m.text.toLowerCase();
    // "från och med april", "gäller till och med", "fr.o.m. den 240101": when a rule applies
    if (NOT_DEADLINE_BEFORE.test(near) || /^(?:från och med|fr\.o\.m|t\.o\.m|till och med)/.test(own)) continue;
    const strong = /(?:^|\s)(?:senast|till|före|innan|inom|förrän|deadline|klart|klar)(?:\s+\S+){0,2}$/.test(near)
      || /(?<![\p{L}])sista\s+\S*dag(?:en)?(?:\s+\S+){0,2}$/u.test(near)
      || /^(?:senast|till|före|innan|inom)\s/.test(own);
    const startsFrom = /(?:^|\s)(?:från|efter|sedan)$/.test(wordsBefore(sentence, m, 1)) || /^(?:från|efter)\s/.test(own);
    // "på chefsdagen 3 mars", "kallar till arbetsmöte i vecka 4": the date is the event's, even after "till"
    const event = EVENT_NOUN.test(wordsBefore(sentence, m, 2).replace(/\s+(?:den|i|på)$/, '')) && !/(?:^|\s)(?:senast|före|innan|inom|sista)(?:\s|$)/.test(near) && !/^(?:senast|före|innan|inom)\s/.test(own);
    if (m.parts.relative) {
      // "nästa möte" is a deadline where something is taken up, moved or reported to it
      if (/(?:^|\s)(?:till|på|inför|vid|senast|innan|före|under|tills|flg)(?:\s+\S+)?$/.test(near) || clauseCue) out.push(mention(m, sentence));
      continue;
    }
    if (event) continue;
    // a bare year is a deadline only after "senast", "till", "klart" ("under 2024" is a period)
    if (Object.keys(m.parts).length === 1 && m.parts.year !== undefined) {
      if (/^(?:senast|till|klart|före|innan)\s/.test(own)) out.push(mention(m, sentence));
      continue;
    }
    if (strong && !startsFrom) out.push(mention(m, sentence));
    else if (clauseCue) out.push(mention(m, sentence));
  }
  return out;
}

function mention(m: DateMention, sentence: string): DeadlineMention {
  return { text: m.text.trim(), kind: kindOf(sentence), parts: m.parts };
}
