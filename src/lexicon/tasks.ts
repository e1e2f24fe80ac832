/**
 * How minutes give somebody a task. The owner extractor (src/extract/owners/) reads the words
 * before these verbs as the owner: "HR-chef får i uppdrag att", "Christel Sundberg ansvarar för",
 * "AA bokar en tid".
 */
import { pattern } from './pattern.js';

/** Assignment phrases: the subject before them is given the task. */
export const ASSIGNMENT_PHRASES = [
  'får i uppdrag', 'ges i uppdrag', 'får uppdraget', 'har fått i uppdrag', 'har i uppdrag', 'uppdras', 'är ansvarig', 'är ansvariga',
  // older minutes tell the meeting in the past: "Sekreteraren fick i uppdrag att", "Byggnadsinspektören uppdrogs att"
  'fick i uppdrag', 'fick uppdraget', 'uppdrogs', 'ålades', 'åläggs',
  // and in their formal style: "Kamreren erhöll i uppdrag att infordra kostnadsberäkningen"
  'erhöll i uppdrag', 'erhåller i uppdrag', 'erhöll uppdraget', 'erhåller uppdraget',
  // an order to a party: "Karin och Olof Berglund föreläggs att ta bort förrådet"
  'föreläggs att', 'förelades att', 'föreläggs', 'förelades', 'åtar sig', 'åtog sig', 'har åtagit sig',
  // the passive of a request names who is asked: "Rektorerna påminns om att lämna in", "Föreningen uppmanas att"
  'påminns om att', 'påmindes om att', 'uppmanas att', 'uppmanades att', 'ombeds att', 'ombads att', 'ombeds', 'ombads', 'anmodas att', 'anmodades att',
  // a promise made at the meeting is a task: "Gun-Britt lovade att ta upp frågan"
  'lovade att', 'lovar att', 'har lovat att', 'utlovade att',
  'ansvarar', 'svarar för', 'ansvarig för', 'ansvariga för', 'ansvarar för', 'har ansvar för', 'har ansvaret för', 'tar ansvar för', 'är behjälplig', 'är behjälpliga',
];

/**
 * Task verbs in the present (and the imperatives minutes write for them): the subject before one
 * of them does the task. Presenting and informing ("informerar", "redogör", "presenterar") are not
 * tasks and are not here.
 */
export const TASK_VERBS = [
  'tar fram', 'ta fram', 'återkommer', 'återkopplar', 'återkoppla', 'kallar', 'kallar till', 'sammankallar', 'samman kallar', 'bokar', 'boka',
  'stämmer av', 'sammanställer', 'skriver fram', 'skriver', 'hanterar', 'meddelar', 'tittar på', 'tar kontakt', 'kontaktar', 'samordnar',
  'tar med', 'tar tillbaka', 'tar emot', 'tar tacksamt emot', 'undersöker', 'utreder', 'ser över', 'bevakar', 'följer upp', 'planerar', 'skickar ut',
  'bjuder in', 'säkerställer', 'säkerställa', 'förbereder', 'utarbetar', 'uppdaterar', 'informerar vidare', 'tar upp', 'kollar',
  'kommer att göra', 'återrapporterar', 'redovisar', 'leder', 'driver', 'håller i', 'fixar', 'ordnar', 'mejlar', 'sänder', 'dokumenterar',
  'utvärderar', 'tar vidare', 'för vidare', 'genomför', 'skapar', 'reviderar', 'rapporterar', 'går vidare med',
  'ringer', 'ringer upp', 'bereder', 'beställer', 'skickar', 'lämnar', 'lämnar in', 'läser', 'läser igenom', 'tar reda på', 'kollar upp',
  'sätter ihop', 'åtgärdar', 'inventerar', 'kartlägger', 'upprättar', 'tecknar', 'förhandlar', 'upphandlar', 'publicerar',
  'lägger ut', 'lägger in', 'kompletterar', 'besvarar', 'anmäler', 'hämtar', 'köper', 'köper in', 'sammanfattar',
  'formulerar', 'tar över', 'förankrar', 'implementerar', 'arbetar vidare med', 'jobbar vidare med', 'arbetar fram',
  'mailar', 'mejlar ut', 'mailar ut', 'skickar ut', 'tar fram', 'sköter', 'bevakar', 'tillsätter', 'rekryterar',
  'reder ut', 'klarlägger', 'analyserar', 'sammankallar', 'kallar in', 'kontrollerar', 'besöker',
  'uppdaterar', 'justerar', 'skriver ihop', 'tar in', 'begär in', 'ansöker', 'söker', 'tar ställning till', 'bokar in', 'beställer in',
  'underrättar', 'aviserar', 'informerar berörda', 'bevakar', 'tar hand om', 'ombesörjer', 'verkställer', 'expedierar',
  'går igenom', 'gå igenom', 'går vidare med', 'återkommer med', 'tar beslut om',
  'samlar in', 'samlar ihop', 'lagar', 'reparerar', 'städar', 'sätter upp', 'handlar', 'skriver ut', 'delar ut', 'tar kontakt med',
  'pratar med', 'hör med', 'kollar med', 'stämmer av med', 'frågar', 'beställer hem', 'flyttar', 'byter', 'installerar', 'testar',
  'undertecknar', 'skriver under', 'signerar', 'gör om', 'gör klart', 'slutför', 'ser till', 'ser till att', 'tillse', 'tillser', 'tillse att', 'bemannar', 'håller koll på', 'registrerar', 'översänder', 'distribuerar', 'överlämnar', 'tar fram förslag', 'färdigställer', 'förnyar', 'infordrar', 'inhämtar',
  // ("gör" with the noun of a task, "Erik gör en felanmälan": DOES_A_TASK_NOUN below)
  'felanmäler', 'gör felanmälan',
  // "Kurator och mentorerna håller samtal i klasserna under vecka 39" ("Kommunen erbjuder en
  // utbildning", "Avdelningarna fortsätter med …" tell what goes on: no task)
  'håller samtal', 'håller i samtal',
  // "Kommunen ställer ut två containrar vid bygdegården" (a plan "ställs ut": its own passive)
  'ställer ut', 'ställer fram', 'ställer i ordning',
  'tillställer', 'för en dialog', 'arbetar in', 'för in', 'lägger till', 'arbetar om', 'skriver om', 'utser', 'nominerar',
  'täcker', 'täcker upp', 'går in för', 'fyller i', 'fyller på', 'sprider', 'begär in',
];

/**
 * Nouns of a task that "gör en …" takes on ("Erik gör en felanmälan", "Specialpedagogen gör en
 * pedagogisk kartläggning", "Rektor gör en orosanmälan", "Mia gör affischen"), as the end of a compound, after an
 * adjective and after a phrase between commas ("gör, tillsammans med museichefen, en polisanmälan"): DOES_A_TASK_NOUN matches them, taskNounKey names the verb by its noun.
 */
export const TASK_NOUNS = ['anmälan', 'beställning', 'översyn', 'sammanställning', 'kartläggning', 'utredning', 'inventering', 'förfrågan',
  'ansökan', 'plan', 'utskick', 'lathund', 'schema', 'lista', 'checklista', 'mall', 'rutin', 'instruktion', 'affisch', 'skiss', 'enkät', 'annons', 'tidplan', 'budget',
  // ("MS och LT gör en städbeskrivning", "gör en kalkyl")
  'beskrivning', 'kalkyl'];
/**
 * Nouns of work that may be done at the meeting itself ("Lisa gör en genomgång av budgeten"): a
 * task only when the sentence looks ahead ("Mehmet och Sara gör en riskbedömning före den 7 mars").
 */
export const TASK_NOUNS_UNLESS_PRESENT = ['bedömning', 'analys', 'genomgång', 'uppföljning', 'förslag', 'underlag', 'kontroll', 'beräkning'];
// ("Britt-Marie och Tove gör nya skyltar till matsalen": what is made new is made after the meeting, whatever it is)
export const DOES_A_TASK_NOUN = pattern('giu')`(?<![\p{L}])gör(?:,\s+[^,.;]{3,60},)?\s+(?:(?:en|ett)\s+(?:(?:ny|nytt|nya|\p{Ll}+(?:a|t|isk|iskt|ande|de))\s+)?\p{Ll}*${[...TASK_NOUNS, ...TASK_NOUNS_UNLESS_PRESENT]}|\p{Ll}*${[...TASK_NOUNS, ...TASK_NOUNS_UNLESS_PRESENT]}(?:en|et|n|t)|(?:en\s+|ett\s+)?(?:ny|nytt|nya)\s+\p{Ll}{3,})(?![\p{L}])`;
/** "gör en pedagogisk kartläggning" → "gör en kartläggning", the key the verb lists know it by */
export function taskNounKey(verb: string): string {
  if (!/^gör\s/iu.test(verb)) return verb;
  const noun = TASK_NOUN_ENDINGS.find(([, ending]) => ending.test(verb.toLowerCase()))?.[0];
  return noun ? `gör en ${noun}` : verb;
}
/** each task noun, longest first, with the ending of a phrase it closes ("gör affischen": the noun in its definite form too) */
const TASK_NOUN_ENDINGS = [...TASK_NOUNS, ...TASK_NOUNS_UNLESS_PRESENT].sort((a, b) => b.length - a.length).map((n) => [n, new RegExp(`${n}(?:en|et|n|t)?$`, 'u')] as const);

/**
 * Verbs that present something at this meeting when they stand alone ("Valsamordnaren redovisar
 * budgeten", "Lisa går igenom resultatet") and give a task only when the sentence looks ahead
 * ("redovisar till nästa möte", "ska redovisa i mars") or a group is their subject ("Varje
 * enhet går igenom sina kostnader": a group presents nothing at the meeting). An application
 * ("Ljungå IK ansöker om investeringsbidrag") is the case the meeting decides on, unless it looks
 * ahead ("Rektor ansöker om statsbidraget senast 1 mars").
 */
export const PRESENTING_UNLESS_AHEAD = ['redovisar', 'rapporterar', 'redogör för', 'leder', 'driver', 'går igenom', 'svarar', 'gör', 'ansöker', 'söker',
  // "Nämnden utser Anna till ersättare" elects at the meeting; "Kommunal och Vision utser var sin
  // representant före sommaren" is a task
  'utser', 'nominerar',
  // "Mehmet och Sara gör en riskbedömning före den 7 mars" (an authority's "gör en inspektion" is an event)
  ...TASK_NOUNS_UNLESS_PRESENT.map((n) => `gör en ${n}`),
];

/**
 * Verbs that give a task only with a time to meet it: "Förskolecheferna informerar
 * vårdnadshavarna senast i dag kl. 12", not "PS informerar om läget"; kept out of TASK_VERBS,
 * whose presence in a sentence makes its dates deadlines.
 */
/** Words that make "frågar" a question put at the meeting: "frågar hur lång väntetiden är" ("frågar IT om licenserna" asks someone). */
export const ASKED_QUESTION_WORDS = ['hur', 'vad', 'när', 'varför', 'vilken', 'vilket', 'vilka', 'vem', 'var', 'om'];

// ("HR-konsulten svarar Vision skriftligt senast fredag"; "Räddningschefen svarar att …" answers at the meeting)
export const DUE_BOUND_TASK_VERBS = ['informerar', 'påminner', 'begär', 'bidrar med', 'bekräftar', 'svarar'];

/**
 * Task verbs that report when a that-clause follows: "Ordföranden tar upp att budgetdagen krockar",
 * "Susanne Rask redovisar att fem beslut inte har verkställts", "Lena meddelar att hon slutar".
 */
export const REPORTING_WITH_ATT = ['tar upp', 'meddelar', 'skriver', 'frågar', 'rapporterar', 'redovisar', 'svarar', 'återkopplar', 'återkommer', 'informerar vidare', 'besvarar', 'kollar', 'undersöker', 'påminner'];

/**
 * What a task verb's clause may stand in that makes it no task of anyone: a proposal, a motion or
 * a yrkande ("föreslår att kommunen tar fram"), a reason ("med hänvisning till att förvaltningen utreder").
 */
export const NOT_A_TASK_CONTEXT = /(?<![\p{L}])(?:föreslår|föreslog|föreslås|föreslagit|hemställer|hemställde|önskar|önskade|begär|begärde|hoppas|yrkar|yrkade|hänvisning till|med anledning av|motionären|motionen|informerade om|informerar om|berättade|berättade om|berättar om|upplyste om|upplyser om|vill|ville|anser|ansåg)(?![\p{L}])[^.]*?\satt\s[^.]*$/iu;
/**
 * What a party puts on record at the meeting: "Kommunal lämnar en protokollsanteckning", "Vision
 * lämnar ett särskilt yttrande" is said there and then, no task.
 */
export const STATEMENTS_FOR_THE_RECORD = ['protokollsanteckning', 'protokollsanteckningen', 'särskilt yttrande', 'reservation', 'skriftlig reservation', 'röstförklaring'];

/**
 * Nouns for people that a quantifier makes a group of: "alla medarbetare", "samtliga deltagare"
 * (not "samtliga medarbetarsamtal": a quantifier before a thing makes no owner).
 */
export const PEOPLE_NOUNS = [
  'medarbetare', 'medarbetarna', 'anställda', 'deltagare', 'deltagarna', 'ledamöter', 'ledamöterna', 'föräldrar', 'vårdnadshavare',
  'elever', 'eleverna', 'närvarande', 'berörda', 'parter', 'parterna', 'partier', 'partierna', 'förvaltningar', 'förvaltningarna', 'nämnder', 'nämnderna',
  'verksamheter', 'verksamheterna', 'skolor', 'skolorna', 'arbetslag', 'arbetslagen', 'personal', 'personalen', 'kommuner', 'kommunerna', 'bolag', 'bolagen',
];

/**
 * Passive verbs whose agent ("av X") does not do a task: presenting, chairing, holding an event,
 * owning, paying, and deciding (a decision's agent is a body, reported: "antogs av fullmäktige").
 */
export const NOT_TASK_PASSIVES = [
  'presenteras', 'föredras', 'informeras', 'visas', 'leds', 'hålls', 'ägs', 'finansieras', 'betalas', 'bekostas', 'fattas', 'beslutas',
  'antas', 'godkänns', 'fastställs', 'väljs', 'utses', 'tillstyrks', 'avslås', 'bifalls', 'beviljas', 'stöds', 'delas', 'drivs',
  // a matter handled by a body: "ska åter behandlas av arbetsutskottet senast i december"
  'behandlas', 'prövas', 'avgörs',
];

/**
 * Particle verbs whose particle may stand apart from the verb ("tar tillsammans med kultur- och
 * fritidschefen fram en tidplan"): verb, particle, and the phrases that may come between.
 */
export const SPLIT_PARTICLE_VERBS: [string, string][] = [['tar', 'fram'], ['följer', 'upp'], ['stämmer', 'av'], ['ser', 'över'], ['tar', 'upp'], ['kallar', 'in'], ['tar', 'in'], ['lägger', 'in'], ['lägger', 'ut'], ['skickar', 'ut'], ['kollar', 'upp'], ['ringer', 'upp'], ['tar', 'över'], ['går', 'igenom']];
/** Who works with the one who does a task, not its owner: "i samverkan med polisen", "tillsammans med HR". */
export const PARTNER_PHRASES = ['tillsammans med', 'i samråd med', 'med stöd av', 'i samverkan med', 'i dialog med', 'i samarbete med'];
/**
 * Those only consulted, supporting or working alongside: in an Ansvarig cell ("TL i samråd med RE",
 * "Respektive enhetschef tillsammans med skyddsombud") they own nothing.
 */
export const CONSULTED_PHRASES = ['i samråd med', 'efter samråd med', 'med stöd av', 'med stöd från', 'i dialog med', 'tillsammans med', 'i samverkan med', 'i samarbete med'];
// (a time too: "MF och ZA tar senast den 30 juni fram en handlingsplan", "skickar i morgon ut")
export const BETWEEN_VERB_AND_PARTICLE = [...PARTNER_PHRASES, 'gemensamt', 'också', 'även', 'snarast', 'under våren', 'under hösten', 'sedan', 'därefter', 'sen', 'direkt', 'omgående',
  'senast', 'före', 'innan', 'till', 'under', 'i dag', 'i morgon', 'nu', 'genast'];

/** Modal frames before a task verb: "VC ska säkerställa", "X vill kunna säkerställa". */
// ("Byggnadsinspektören har att tillse att föreläggandet efterkommes": the older protocols' duty)
export const MODALS = ['ska', 'skall', 'kommer att', 'vill', 'vill kunna', 'behöver', 'bör', 'måste', 'har att'];


/** Owners that are groups: everyone, each one, the heads ("varje enhet", "respektive chef" are groups too). */
export const GROUP_OWNERS = ['alla', 'samtliga', 'var och en', 'alla chefer', 'alla vc', 'alla ac', 'alla ec', 'alla enhetschefer', 'ledningsgruppen', 'kontoret', 'gruppen', 'styrgruppen', 'arbetsgruppen', 'envar', 'var och en av oss', 'personalen', 'all personal', 'arbetslaget', 'arbetslagen'];

/** Quantifiers that make a group of what follows: "samtliga rektorer", "varje enhet", "respektive chef". */
export const GROUP_QUANTIFIERS = ['alla', 'samtliga', 'varje', 'respektive', 'alla berörda', 'berörda', 'båda', 'bägge'];

/** Pronouns and fillers that are never an owner by themselves. */
export const NOT_OWNERS = [
  'det', 'den', 'de', 'man', 'vi', 'vilka', 'som', 'detta', 'denna', 'dessa', 'ni', 'han', 'hon', 'jag', 'du', 'här', 'där', 'nu', 'även', 'också',
  // sentence adverbs that open a clause before its verb ("Oftast ansvarar HR-konsult för ...")
  'oftast', 'därefter', 'parallellt', 'sedan', 'dessutom', 'vidare', 'därför', 'idag', 'ibland', 'normalt', 'vanligtvis', 'gemensamt',
  'slutligen', 'först', 'sist', 'alltså', 'samtidigt', 'framöver', 'löpande', 'generellt', 'tillsammans', 'fortsättningsvis', 'annars',
  'däremot', 'dock', 'då', 'sen', 'senare', 'snart', 'direkt', 'gärna', 'troligen', 'kanske', 'enligt', 'efter', 'innan', 'när',
  // an Ansv column's "Info" marks a row told for information: nobody is to do anything
  'info', 'info.', 'information', 'för info', 'för kännedom', 'noteras',
];

/** Labels that open a to-do list: each point under one is a task of the one it names first. */
export const TODO_LIST_LABEL = /^(?:att göra|att-göra|åtgärder|uppgifter|to do|todo|uppdrag)\s*:?$/iu;

/**
 * A line that labels what comes after it, inside an item: "Ansv: NF", "Ansvarig: Anna",
 * "Klart senast: 30/9", "Beslut: att ...". Such a line is read on its own.
 */
/**
 * A to-do that names its owners and date after a label at its end: "Påminna fastighet om
 * entréskylten. Vem/När: Lotta, till nästa APT" (group 1 the task, group 2 who and when).
 */
export const TODO_WITH_OWNER_LABEL = /^(\S.{2,}?[.!?])\s+(?:vem\/när|vem|ansvarig\/när|ansv\/när|ansvarig\/klart|ansvarig|ansv)\s*[.:]\s*(\S.*)$/iu;

/**
 * Verbs of answering for a thing done by others: "Hemtjänsten ansvarar för att ombuden kontrollerar
 * signeringslistorna": the task is the one who answers for it; the verb in its att-clause ("ombuden
 * kontrollerar") says what is to be done, no second task.
 */
export const RESPONSIBILITY_VERBS = ['ansvarar för', 'ansvarig för', 'ansvariga för', 'har ansvar för', 'har ansvaret för', 'tar ansvar för', 'ser till', 'ser till att', 'tillser', 'tillser att', 'säkerställer'];

/** The label a task line may open with ("Åtgärd: Ny kalkyl tas fram."), which is no part of its clause. */
export const TASK_LINE_LABEL = /^(?:åtgärd|åtgärder|uppdrag|att göra)\s*:\s*/iu;
/**
 * "Till nästa möte: Tallbo skickar protokollen till Mats. Mats gör en riskbedömning …": a label
 * that dates what its paragraph gives to do, in the sentences after it as in its own.
 */
export const DUE_LEAD_LABEL = /^(?:till|inför|före|senast till|att göra till)\s+nästa\s+(?:möte|mötet|sammanträde|träff|träffen|gång|\p{Lu}{2,6}|\p{L}+möte)\s*:\s*/iu;

export const LINE_LABEL = /^(?:ansv|ansvarig|ansvariga|åtgärd|åtgärder|beslut|klart senast|klart till|deadline|uppföljning|att göra|ansvar)\s*[.:]/iu;

/**
 * An owner line: "Ansv: NF", "Ansvarig: Titti och Susanne", and with the date on the same line:
 * "Ansv: KL   Klart: v. 12", "Ansvarig: Omar, klart 15/4" (group 2 is then the date part).
 */
export const OWNER_LINE = /^(?:ansv|ansvarig|ansvariga|ansvar)\s*[.:]\s*(.+?)(?:[,;.]?\s+((?:klart senast|klart till|klart|klar|deadline|datum|när|senast|tidplan)\s*[.:]?\s*.+))?$/iu;
