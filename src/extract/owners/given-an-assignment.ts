import { NOT_A_TASK_CONTEXT } from '../../lexicon/index.js';
import { isOwnerPhrase, protectCompounds, splitOwnerList } from './noun-phrase.js';
import type { OwnerRule, TaskHit } from './types.js';

const GIVE = /(?<![\p{L}])(?:ge|ger|gav|ges)\s+(.{2,80}?)\s+i\s+(?:uppdrag|uppgift)(?![\p{L}])|(?<![\p{L}])(?:uppdras|uppdra|uppdrar|uppdrog|uppdrogs|uppdraga|uppdrages|uppdrogos)\s+åt\s+(.{2,60}?)\s+att\b|(?<![\p{L}])(?:uppdra|uppdrar|uppdrog|uppdraga)\s+till\s+(.{2,60}?)\s+att\b|(?<![\p{L}])(?:förelägga|förelägger|förelade|ålägga|ålägger|ålade|uppmana|uppmanar|uppmanade|anmoda|anmodar|anmodade|delegera till|delegerar till|delegeras till|delegerades till)\s+(.{2,140}?)\s+att\b/giu;
/**
 * "remittera medborgarförslaget till samhällsbyggnadsförvaltningen för yttrande senast den 30 maj":
 * a remiss with a reply date gives the one it goes to the task of answering, and so does a matter
 * sent back ("återremittera ärendet till förvaltningen för komplettering till sammanträdet i
 * december"); without a date
 * ("för beredning") it only sends the matter on. Only the meeting's own förvaltning is given it:
 * "till tekniska nämnden för yttrande" asks another body, which answers by its own decision.
 */
const REMISS = /(?<![\p{L}])(?:åter)?(?:remittera|remitterar|remitterade|remitteras|remitterades)\s+(?:[^.;]{1,80}?\s+)?till\s+(.{2,60}?)\s+för\s+(?:yttrande|besvarande|svar|synpunkter|komplettering|kompletteringar|utredning|ytterligare\s+\p{L}+|förnyad\s+\p{L}+)(?=[^.;]*?(?:senast|före|inom|till\s+(?:den\s+)?\d|till\s+(?:[\p{L}-]+s\s+)?(?:sammanträdet|sammanträde|mötet|möte|nästa)(?![\p{L}])))/giu;
/**
 * "Ärendet återremitteras till samhällsbyggnadsförvaltningen för att utreda en placering",
 * "återremitteras till förbundskontoret för en fördjupad analys": a matter sent back for work the
 * sentence names gives that work to the one it goes back to, dated or not.
 */
const SENT_BACK = /(?<![\p{L}])(?:återremittera|återremitterar|återremitterade|återremitteras|återremitterades)\s+(?:[^.;]{1,80}?\s+)?till\s+(.{2,60}?)\s+för\s+(?:att\s+\p{Ll}+|en\s+(?:\p{Ll}+\s+)?(?:analys|utredning|översyn|komplettering|beredning|genomgång|kostnadsberäkning)|ytterligare\s+\p{L}+|komplettering|utredning|analys)/giu;
const ANOTHER_BODY = /(?:nämnden|nämnd|styrelsen|styrelse|utskottet|fullmäktige|direktionen|regionen|länsstyrelsen)$/iu;
const GOES_TO = /(?<![\p{L}])uppdrag(?:et)?(?:\s+att\s+[^.;]{2,80}?)?\s+(?:(?:ges|gavs|lämnas|lämnades|går|gick)\s+till|ligger(?:\s+kvar)?\s+hos|läggs\s+på)\s+(.{2,60}?)(?=[.,;]|\s+att\s|$)|^(?:huvud)?ansvarig(?:a)?(?:\s+(?:tjänsteman|tjänstemän|handläggare|person|chef))?(?:\s+för\s+[^,.;]{1,60}?)?\s+(?:är|blir)\s+(.{2,60}?)(?=[.,;]|$)|^(?:huvud)?ansvar(?:et)?\s+för\s+[^,.;]{1,60}?\s+(?:har|får|ligger\s+hos)\s+(.{2,60}?)(?=[.,;]|$)|^det\s+åligger\s+(.{2,60}?)\s+att\s/giu;

function ownersIn(list: string, ctx: Parameters<OwnerRule['find']>[1], addressee = false): string[] {
  // "Mattias Jonsson, i egenskap av ägare till fastigheten Strand 1:87,": the apposition says who he is
  const named = list.replace(/\u2060/g, ' ').replace(/,\s*(?:i egenskap av|som|org\.?\s*nr|organisationsnummer)\s[^]*$/iu, '').replace(/,\s*$/u, '');
  return splitOwnerList(named).filter((p) => isOwnerPhrase(p, ctx) || (addressee && /^\p{Lu}\p{Ll}/u.test(p) && p.split(/\s+/u).length <= 6));
}

export const givenAnAssignment: OwnerRule = {
  name: 'ge X i uppdrag / uppdra åt X / förelägga X att / remittera till X för yttrande senast',
  about: 'the object of "ge … i uppdrag", "uppdra åt", "förelägga" or "uppmana" is the one given the task, not the subject (who gives it)',
  find(clause, ctx) {
    const hits: TaskHit[] = [];
    for (const g of protectCompounds(clause).matchAll(GIVE)) {
      // "uppdraga åt byggnadsinspektören att förelägga fastighetsägaren att": the order the one
      // given the task is to issue names its addressee, no owner of the meeting's
      if (g[4] !== undefined && hits.length) continue;
      // (the addressee of a föreläggande is named as the register has it: "Solgläntans föräldrakooperativ
      // ekonomisk förening" is an owner by its capital and its place, whatever its words)
      const owners = g[4] !== undefined ? ownersIn(g[4], ctx, true) : ownersIn(g[1] ?? g[2] ?? g[3] ?? '', ctx);
      if (owners.length) hits.push({ owners, index: g.index, verb: 'i uppdrag' });
    }
    for (const g of protectCompounds(clause).matchAll(SENT_BACK)) {
      // "yrkar att ärendet återremitteras till kansliet": a yrkande sends nothing back
      if (NOT_A_TASK_CONTEXT.test(clause.slice(0, g.index + 1))) continue;
      const owners = ownersIn(g[1]!, ctx).filter((o) => !ANOTHER_BODY.test(o));
      if (owners.length) hits.push({ owners, index: g.index, verb: 'återremittera till' });
    }
    for (const g of protectCompounds(clause).matchAll(REMISS)) {
      if (hits.some((h) => h.index === g.index)) continue;
      // another body asked for its view decides its answer itself: a request, not a task
      const owners = ownersIn(g[1]!, ctx).filter((o) => !ANOTHER_BODY.test(o));
      if (owners.length) hits.push({ owners, index: g.index, verb: 'remittera till' });
    }
    return hits;
  },
  examples: [
    { text: 'Socialdirektören kommer att ge nuvarande verksamhetskoordinator för Myndighet i uppdrag att kontakta kommunerna.', expected: ['nuvarande verksamhetskoordinator för Myndighet'] },
    { text: 'Nämnden beslutar att uppdra åt socialdirektören att utreda frågan.', expected: ['socialdirektören'] },
    { text: 'Kommunstyrelsen beslutar att ge barn- och utbildningsförvaltningen i uppdrag att se över skolskjutsarna.', expected: ['barn- och utbildningsförvaltningen'] },
    { text: 'Presidiet ger kanslichefen i uppgift att sammanställa en lista över de äldsta motionerna.', expected: ['kanslichefen'] },
    { text: 'Nämnden uppdrar åt plan- och bygglovschefen att återkomma.', expected: ['plan- och bygglovschefen'] },
    { text: 'Nämnden uppdrar till förvaltningen att utreda möjligheten till samordning.', expected: ['förvaltningen'] },
    // the older infinitive of typewritten protocols
    { text: 'Beslöts att uppdraga åt kommunstyrelsens ordförande att underteckna köpehandlingarna.', expected: ['kommunstyrelsens ordförande'] },
    { text: 'Nämnden beslutar att förelägga fastighetsägaren att senast den 15 juni inkomma med en ansökan.', expected: ['fastighetsägaren'] },
    { text: 'Nämnden beslutar att förelägga Mattias Jonsson, i egenskap av ägare till fastigheten Strand 1:87, att senast den 31 mars 2026 riva byggnaden.', expected: ['Mattias Jonsson'] },
    { text: 'Nämnden beslutar att förelägga Hamnmagasinet i Ljungsala AB, org.nr 556712-4480, att städa tomten.', expected: ['Hamnmagasinet i Ljungsala AB'] },
    { text: 'Nämnden beslutar att förelägga Vassmo Grus & Betong AB att låta utföra en bullermätning.', expected: ['Vassmo Grus & Betong AB'] },
    { text: 'Rådet uppmanar skolorna att anmäla sina kontaktpersoner.', expected: ['skolorna'] },
    { text: 'Överförmyndarnämnden beslutar att förelägga ställföreträdaren att lämna in årsräkning för 2025, vid vite av 2 000 kronor.', expected: ['ställföreträdaren'] },
    { text: 'Arbetsutskottet beslutar att förelägga Solgläntans föräldrakooperativ ekonomisk förening att senast den 30 november 2026 avhjälpa bristerna.', expected: ['Solgläntans föräldrakooperativ ekonomisk förening'] },
    { text: 'Revisorerna beslutar att uppdra åt sakkunnigt biträde att granska årsredovisningen.', expected: ['sakkunnigt biträde'] },
    { text: 'Beslöt nämnden att uppdraga åt byggnadsinspektören att förelägga fastighetsägaren att senast den 1 december inkomma med ansökan.', expected: ['byggnadsinspektören'] },
    { text: 'Nämnden beslutar att delegera till ordföranden att besluta om nämndens yttrande.', expected: ['ordföranden'] },
    { text: 'Nämnden beslutar att med stöd av miljöbalken förelägga ägaren till fastigheten Kvarnbacken 2:14 att åtgärda avloppet.', expected: ['ägaren till fastigheten Kvarnbacken 2:14'] },
    { text: 'Kommunfullmäktige beslutar att remittera motionen till kommunstyrelsen för beredning.', expected: [] },
    { text: 'Arbetsutskottet beslutar att remittera medborgarförslaget till samhällsbyggnadsförvaltningen för yttrande senast den 30 maj 2025.', expected: ['samhällsbyggnadsförvaltningen'] },
    { text: 'Arbetsutskottet beslutar att remittera medborgarförslaget till tekniska nämnden för yttrande senast den 31 januari 2025.', expected: [] },
    { text: 'Kommunstyrelsen beslutar att återremittera ärendet till samhällsbyggnadsförvaltningen för komplettering med en kostnadsberäkning till sammanträdet i december.', expected: ['samhällsbyggnadsförvaltningen'] },
    { text: 'Ärendet återremitteras till samhällsbyggnadsförvaltningen för att utreda en placering vid idrottsplatsen.', expected: ['samhällsbyggnadsförvaltningen'] },
    { text: 'Frågan om naturbruksprogrammet återremitteras till förbundskontoret för en fördjupad analys i samråd med Skogsstyrelsen.', expected: ['förbundskontoret'] },
    { text: 'Ärendet återremitteras till tekniska nämnden för att utreda frågan.', expected: [] },
    { text: 'Jörgen Nyberg (SD) yrkar att ärendet återremitteras till kansliet för att kompletteras.', expected: [] },
    { text: 'Nämnden beslutar att återremittera ärendet till förvaltningen för ytterligare utredning.', expected: ['förvaltningen'] },
  ],
};

export const assignmentGoesTo: OwnerRule = {
  name: 'Uppdraget ges till X / Ansvarig är X',
  about: 'the one an assignment goes to or lies with owns it, and so does the one named responsible ("Ansvarig för genomförandet är enhetschefen")',
  find(clause, ctx) {
    const hits: TaskHit[] = [];
    for (const g of protectCompounds(clause).matchAll(GOES_TO)) {
      const owners = ownersIn(g[1] ?? g[2] ?? g[3] ?? g[4] ?? '', ctx);
      if (owners.length) hits.push({ owners, index: g.index, verb: 'uppdraget ges till' });
    }
    return hits;
  },
  examples: [
    { text: 'Uppdraget ges till HR-avdelningen.', expected: ['HR-avdelningen'] },
    { text: 'Uppdraget lämnades till kultur- och fritidschefen att återkomma i maj.', expected: ['kultur- och fritidschefen'] },
    { text: 'Uppdraget ligger hos samhällsbyggnadschefen.', expected: ['samhällsbyggnadschefen'] },
    { text: 'Ansvarig för genomförandet är enhetschefen.', expected: ['enhetschefen'] },
    { text: 'Ansvarig tjänsteman är Lisa Ek.', expected: ['Lisa Ek'] },
    { text: 'Uppdraget att ta fram en kommunikationsplan ges till kommunikationsenheten.', expected: ['kommunikationsenheten'] },
    { text: 'Ansvar för uppföljningen har ekonomichefen.', expected: ['ekonomichefen'] },
    { text: 'Det åligger förvaltningen att redovisa utfallet i oktober.', expected: ['förvaltningen'] },
  ],
};
