import { NOT_TASK_PASSIVES } from '../../lexicon/index.js';
import { isOwnerPhrase, protectCompounds, splitOwnerList } from './noun-phrase.js';
import type { OwnerRule, TaskHit } from './types.js';

const EXCLUDED = new Set(NOT_TASK_PASSIVES);
/**
 * A passive in the present ("tas fram", "sammanställs", "bereds", "genomförs") with its agent
 * after "av" (perhaps after where: "anmäls i rapportsystemet IA av Ahmed"), up to the end of the list of agents: a lower-case word after "och" starts a new
 * clause ("… av PL och skickas ut"), a date word or a punctuation mark ends it. Case matters here:
 * names and initials are capitalised, the words that end the list are not.
 */
const PASSIVE_AGENT = /(?<![\p{L}])(\p{Ll}{2,}(?:as|s))(?:\s+(?:fram|upp|in|ut|över|igenom|om|till|vidare))?(?:\s+(?:vid|till|senast|inför|före)\s+(?:nästa|kommande|den|\d{1,2})(?:\s+[\p{L}\d/.-]+){0,2}?|\s+i\s+\p{Ll}+(?:et|en|n)(?:\s+\p{Lu}{2,5})?)?\s+av\s+((?:[^.,;:()]|,\s*(?=\p{Lu}))+?)(?=[.;:()]|,\s*\p{Ll}|\s+(?:till|senast|före|innan|inom|inför|under|i|på|vid|den|efter|med|för|tillsammans|och\s+\p{Ll}|samt\s+\p{Ll})\s|$)/gu;

export const passiveAgent: OwnerRule = {
  name: 'tas fram av X',
  about:
    'the agent of a passive in the present does the task ("Underlaget sammanställs av PL"); presenting, chairing, holding an event and deciding are not tasks ("föredras av", "leds av", "antogs av fullmäktige")',
  find(clause, ctx) {
    const hits: TaskHit[] = [];
    for (const p of protectCompounds(clause).matchAll(PASSIVE_AGENT)) {
      const verb = p[1]!.toLowerCase();
      // past passives ("antogs", "gjordes") report what was done; only the present gives a task
      // (older minutes write the present passive in -es: "Kallelse utsändes av VD senast den 14 april")
      if (EXCLUDED.has(verb) || (/(?:des|tes|dds|ogs|ades)$/u.test(verb) && !/(?<![\p{L}])senast(?![\p{L}])/iu.test(clause))) continue;
      // "anbudet har lämnats av X": a passive in the perfect tells what was done
      if (/(?:^|\s)(?:har|hade|har inte|hade inte|har redan|hade redan)\s+$/u.test(clause.slice(0, p.index))) continue;
      // "…, vilket samordnas av AMF": a relative clause describes how things are, it gives no task
      if (/(?:^|\s)(?:vilket|vilka|som)\s+(?:\S+\s+){0,2}$/u.test(clause.slice(0, p.index))) continue;
      const owners = splitOwnerList(p[2]!.replace(/\u2060/g, ' ')).filter((x) => isOwnerPhrase(x, ctx));
      if (owners.length) hits.push({ owners, index: p.index, verb: p[1]! });
    }
    return hits;
  },
  examples: [
    { text: 'Förslaget tas fram av Lena Ek och Ali Hassan.', expected: ['Lena Ek', 'Ali Hassan'] },
    { text: 'Underlaget sammanställs av PL.', expected: ['PL'] },
    { text: 'Skadan anmäls i rapportsystemet IA av Ahmed tillsammans med styrkeledaren senast måndag.', expected: ['Ahmed'] },
    { text: 'Svar på frågan om snöröjning lämnas vid nästa möte av gatuchefen.', expected: ['gatuchefen'] },
    { text: 'Frågan bereds vidare av socialförvaltningen.', expected: ['socialförvaltningen'] },
    { text: 'Frågan bereds vidare av arbetsutskottet inför kommunstyrelsens sammanträde i maj.', expected: ['arbetsutskottet'] },
    { text: 'Frågan bereds av kansliet i samråd med ekonomichefen.', expected: ['kansliet'] },
    { text: 'Utredningen genomförs av samhällsbyggnadsförvaltningen till hösten.', expected: ['samhällsbyggnadsförvaltningen'] },
    { text: 'Ärendet föredras av Per Nyström.', expected: [] },
    { text: 'Det förmånligaste anbudet har lämnats av Norrbygg Entreprenad AB.', expected: [] },
    { text: 'En struktur finns för mottagandet, vilket samordnas av AMF.', expected: [] },
    { text: 'Budgeten antogs av kommunfullmäktige.', expected: [] },
    { text: 'Kallelse till stämman utsändes av verkställande direktören senast den 14 april.', expected: ['verkställande direktören'] },
  ],
};
