/**
 * The parallel att-clauses of a decision ("att X, att Y samt att Z" are three decisions; the "att"
 * of "får i uppdrag att" starts none), the points after an open lead-in, and the clauses a
 * proposal puts forward.
 */
import type { DecisionHit } from './types.js';

/** Splits a decision body into its parallel att-clauses ("att X, att Y samt att Z"). */
export function attClauses(body: string): string[] {
  return splitAttClauses(body).map(withAtt);
}

export function splitAttClauses(body: string): string[] {
  // numbered or bulleted clauses ("1. att ..., 2. att ...") lose their marks
  const unmarked = body.replace(/(^|[,;]\s*|\s)(?:\d{1,2}[.)]|[a-z][.)]|[-–•])\s+(?=att\s)/gu, '$1');
  const pieces = unmarked.replace(/^Att\s/u, 'att ').split(/(\s*[,;]\s*(?:(?:och|samt)(?:\s+även)?\s+)?|\s+(?:och|samt)(?:\s+även)?\s+)(?=att\s)/u);
  // pieces alternate: clause, separator, clause, ...; an "att" that is a complement goes back on
  const parts: string[] = [pieces[0]!];
  for (let k = 1; k + 1 < pieces.length; k += 2) {
    const separator = pieces[k]!;
    const clause = pieces[k + 1]!;
    const previous = parts[parts.length - 1]!;
    if (isComplement(previous, separator, clause)) parts[parts.length - 1] = `${previous}${separator}${clause}`;
    else parts.push(clause);
  }
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** verbs whose object an att-infinitive follows: "förelägga X, i egenskap av ägare, att riva …" */
const TAKES_ATT_INFINITIVE = /(?<![\p{L}])(?:förelägga|förelägger|anmoda|anmodar|ålägga|ålägger|uppmana|uppmanar|förbjuda|förbjuder|uppdra(?:ga)?\s+åt|ge\s+[^,;]{1,60}\s+i\s+uppdrag)(?![\p{L}])/iu;

/**
 * Is "att …" after a comma a complement of the clause before it, not a clause of its own? An
 * infinitive in the passive or "gälla" after a bare comma ("bidrag med 15 000 kronor, att
 * utbetalas sedan arbetet slutförts", "riktlinjerna, att gälla från 1 september"), or the
 * infinitive an order still lacks ("förelägga Mattias Jonsson, i egenskap av ägare, att senast
 * den 31 mars riva byggnaden").
 */
function isComplement(previous: string, separator: string, clause: string): boolean {
  const bareComma = !/(?:och|samt)/u.test(separator);
  if (bareComma && /^att\s+(?:\p{Ll}+as|gälla|gäller)(?![\p{L}])/u.test(clause)) return true;
  const order = TAKES_ATT_INFINITIVE.exec(previous);
  return bareComma && order !== null && !/\satt\s/u.test(previous.slice(order.index + order[0].length));
}

export function withAtt(clause: string): string {
  // a clause that ends a line in a list keeps no trailing "samt" or comma: "att godkänna X, samt"
  const c = clause.replace(/^att\s*:?\s*/iu, 'att ').replace(/\s*[,;]?\s*(?:(?<![\p{L}])(?:och|samt))?\s*[.]?$/u, '').trim();
  return /^att\s/u.test(c) ? c : `att ${c}`;
}

/** Each parallel att-clause of a body as a decision of `decidedBy`. */
export function decisionsOf(body: string, decidedBy: string | null): DecisionHit[] {
  return splitAttClauses(body).map((c) => ({ text: withAtt(c), decidedBy }));
}

/**
 * The att-clauses a proposal puts forward: "Kommunstyrelsen föreslås besluta att anta taxorna",
 * "Förvaltningen föreslår att nämnden beslutar att godkänna ...". They become decisions only when
 * the meeting then decides "enligt förslaget".
 */
export function proposedClauses(sentence: string): DecisionHit[] {
  const m = /(?<![\p{L}])(?:besluta|beslutar|beslutas)\s+att\s+(.+)$/iu.exec(sentence) ?? /(?<![\p{L}])(?:föreslår|föreslås)\s+att\s+(.+)$/iu.exec(sentence)
    // under "Förslag till beslut" the proposal's own att-clauses: "Att godkänna rapporten."
    ?? /^(?:[-–•]\s*)?att\s+(.+)$/iu.exec(sentence.trim());
  if (!m) return [];
  return decisionsOf(`att ${m[1]!}`, null);
}

/** the mark a listed point opens with: "-", "•", "1.", "2)", "a)" */
const POINT_MARK = /^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])\s*/iu;

/**
 * The decisions a point after an open lead-in ("Nämnden beslutar:") holds: "att X" (with its
 * parallel clauses), or, in a numbered or bulleted list, an infinitive without its "att"
 * ("1. Godkänna delårsrapporten."). Null when the text is no such point: the lead-in's list ended.
 */
export function decisionPoint(text: string, listItem: boolean): string[] | null {
  if (/^(?:[-–•]|\d{1,2}[.)]|[a-z][.)])?\s*att\s/iu.test(text)) return attClauses(text.replace(POINT_MARK, ''));
  const infinitive = /^(?:(?:\d{1,2}[.)]|[a-z][.)])\s+)?\p{Lu}\p{Ll}+a(?![\p{L}])/u.test(text);
  const numbered = /^(?:\d{1,2}[.)]|[a-z][.)])\s+\p{Lu}/u.test(text);
  if (!listItem && !numbered) return null;
  const clause = text.replace(POINT_MARK, '').replace(/[.]$/, '');
  // "1. Godkänna tidplanen": an att-clause without its "att"; "2. Valkansliet får i uppdrag att
  // rekrytera röstmottagare": a sentence of its own, the decision as written
  if (!infinitive && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(clause) && clause.split(/\s+/u).length >= 3) return [clause];
  return [`att ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`];
}
