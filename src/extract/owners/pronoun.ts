/**
 * "Sevda har inte fått svar …; hon stämmer av med dem igen", "Lena sa att … Hon tar med frågan
 * till presidiet": a task verb whose subject is "hon" or "han" is the task of the person last
 * named before it (or named by their role), in its own sentence or, failing that, the one before.
 * "Jag" is the one who wrote the minutes, where they say who did.
 */
import { escapeRegExp } from '../../lexicon/pattern.js';
import { onlyHolderOf } from '../owner-key.js';
import { ownerKind, type OwnerContext } from './noun-phrase.js';
import { MODAL_TAIL, subjectSpan } from './subject-of-task-verb.js';

const PRONOUN = /^(?:hon|han)$/iu;

export function pronounOwner(sentence: string, verbIndex: number, ctx: OwnerContext, previousSentence: string): string[] {
  const span = subjectSpan(sentence, verbIndex).replace(MODAL_TAIL, '').trim();
  // "Jag ordnar kungörelsen": the one who wrote the minutes
  if (/^jag$/iu.test(span)) return ctx.writer ? [ctx.writer] : [];
  if (!PRONOUN.test(span)) return [];
  const head = sentence.slice(0, sentence.slice(0, verbIndex).lastIndexOf(span));
  return lastPersonIn(head, ctx) ?? lastPersonIn(previousSentence, ctx) ?? [];
}

/**
 * The last participant named in the text, by full name or first name, or by the role only one of
 * them holds ("Skolsköterskan genomför hälsosamtalen. Hon sammanställer …").
 */
function lastPersonIn(text: string, ctx: OwnerContext): string[] | null {
  let found: { at: number; name: string } | null = null;
  for (const m of text.matchAll(/(?<![\p{L}])\p{L}+(?![\p{L}])/gu)) {
    if (onlyHolderOf(ctx.participants, m[0].toLowerCase()) && (!found || m.index > found.at)) found = { at: m.index, name: m[0] };
  }
  for (const p of ctx.participants) {
    if (!p.name) continue;
    for (const name of [p.name, p.name.split(' ')[0]!]) {
      const m = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))].pop();
      if (m && (!found || m.index! > found.at) && ownerKind(name, ctx) === 'person') found = { at: m.index!, name };
    }
  }
  return found ? [found.name] : null;
}
