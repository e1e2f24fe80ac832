/**
 * How Swedish minutes record a decision. Each entry is a form secretaries write; the decision
 * extractor (src/extract/decisions.ts) tries them in order.
 */
import { MONTHS } from './dates.js';
import { alternation } from './pattern.js';

/** Verbs of deciding in the active voice: "Nämnden beslutar att", "Styrelsen beslutade att". */
export const DECIDING_VERBS = ['beslutar', 'beslutade', 'beslöt', 'har beslutat', 'fattar beslut om', 'fattade beslut om', 'tar beslut om', 'tog beslut om', 'bestämmer', 'bestämde'];

/**
 * Lead-ins that carry no subject: "Beslut: att ...", "Beslutas att", "Beslutades att",
 * "Beslöts att", "Mötet beslutar". The decision text is what follows.
 */
export const SUBJECTLESS_LEADINS = ['beslut', 'beslutas', 'beslutades', 'beslöts', 'beslutet', 'beslutet blev', 'mötet beslutade', 'mötet beslutar', 'det beslutades', 'det beslöts', 'bestämdes', 'det bestämdes', 'beslut togs om', 'det togs beslut om', 'beslut fattades om', 'det fattades beslut om'];

/**
 * Passive forms of deciding verbs that make a whole sentence a decision, from its first word:
 * "Mötesanteckningarna läggs till handlingarna", "X valdes som justerare", "Bordläggs".
 */
export const PASSIVE_DECISION_FORMS = [
  'godkänns', 'godkändes', 'fastställs', 'fastställdes', 'antas', 'antogs', 'väljs', 'valdes', 'utses', 'utsågs',
  'läggs till handlingarna', 'lades till handlingarna', 'bordläggs', 'bordlades', 'uppdras åt', 'uppdrogs åt',
  'återremitteras', 'återremitterades', 'beviljas', 'beviljades', 'avslås', 'avslogs', 'tillstyrks', 'tillstyrktes',
  'bifalls', 'bifölls', 'delegeras', 'delegerades', 'förlängs', 'förlängdes', 'entledigas', 'entledigades',
  'uppdras att', 'uppdrogs att', 'remitteras', 'remitterades', 'överlämnas', 'överlämnades', 'avskrivs', 'avskrevs', 'upphävs',
  'upphävdes', 'tilldelas', 'tilldelades', 'anvisas', 'anvisades', 'lämnas utan åtgärd', 'lämnades utan åtgärd',
  // the older s-passive in -es, as typewritten protocols write it: "Anmälan lägges till handlingarna"
  'lägges till handlingarna', 'godkännes', 'fastställes', 'antages', 'väljes', 'beviljes', 'bordlägges', 'uppdrages åt',
  // and its plural in -os: "Att jämte ordföranden justera protokollet utsågos Karl Holm och Greta Nilsson"
  'utsågos', 'antogos',
  // a sentence adverb inside the filing: "Protokollet lades därefter till handlingarna"
  ...['läggs', 'lades', 'lägges'].flatMap((verb) => ['därefter', 'sedan', 'också', 'även', 'härmed', 'med godkännande'].map((adverb) => `${verb} ${adverb} till handlingarna`)),
  // "Paragrafen förklarades omedelbart justerad"
  'förklaras omedelbart justerad', 'förklarades omedelbart justerad', 'förklaras omedelbart justerat', 'förklarades omedelbart justerat',
  // "Paragrafen justeras omedelbart": the same decision in the present
  'justeras omedelbart', 'justerades omedelbart',
];

/**
 * Adverbials that may stand between a deciding verb and its att-clauses: "Kommunstyrelsen beslutar
 * för egen del att", "Nämnden beslöt således att".
 */
export const DECIDING_ADVERBIALS = ['efter samverkan', 'efter förhandling', 'efter MBL-förhandling', 'efter omröstning', 'utan omröstning', 'efter diskussion', 'sålunda', 'alltså', 'i enlighet härmed', 'för egen del', 'för kommunens del', 'för sin del', 'härmed', 'således', 'därmed', 'vidare', 'dessutom', 'också', 'även', 'enhälligt', 'enligt följande', 'slutligen', 'därefter',
  // the meeting as the time of the decision: "Räddningschefen i beredskap beslutade vid mötet att …"
  'vid mötet', 'på mötet', 'vid dagens möte', 'på dagens möte', 'vid sammanträdet', 'under mötet'];

/**
 * Openers of a sentence that put the deciding verb second ("Efter diskussion beslöts att",
 * "Därefter beslutade nämnden att", "Mot bakgrund av detta beslutar styrelsen att").
 */
export const FRONTED_ADVERBIALS = ['för egen del', 'enligt förslag', 'enligt förslaget', 'i enlighet med förslaget', 'utan omröstning', 'efter omröstning', 'efter votering', 'efter diskussion', 'efter överläggning', 'efter en kort diskussion', 'efter en del diskussion', 'efter en längre diskussion', 'efter viss diskussion', 'efter en stunds diskussion', 'efter genomgång', 'därefter', 'vidare', 'slutligen', 'sedan', 'således', 'enhälligt', 'mot bakgrund av detta', 'med anledning av detta', 'med anledning av ovanstående', 'i övrigt'];

/**
 * Bodies that decide elsewhere: a sentence where one of them decides reports another body's
 * decision (background, or a decision announced for later), unless it is the meeting's own body.
 */
export const OTHER_BODY_HEADS = ['fullmäktige', 'kommunfullmäktige', 'regionfullmäktige', 'regeringen', 'riksdagen', 'länsstyrelsen', 'förvaltningsrätten', 'kammarrätten', 'regionen', 'region', 'kommunstyrelsen', 'nämnden', 'styrelsen', 'utskottet', 'direktionen', 'stämman', 'årsstämman', 'domstolen', 'myndigheten', 'inspektionen',
  // the member or owner councils of a förbund or a company: "fastställdes av medlemskommunerna"
  'kommunerna', 'ägarkommunerna', 'ägarna'];

/**
 * Items that list decisions taken elsewhere (delegation decisions, letters and decisions of other
 * authorities): what they list was reported to the meeting, not decided by it.
 */
export const REPORTED_DECISIONS_TITLES = /(?:delegationsbeslut|anmälningsärenden|anmälan av|meddelanden|delgivningar|inkomna skrivelser|skrivelser och beslut|redovisning av delegation)/iu;

/**
 * Stances that a meeting records as its position, when the meeting itself (its group's name or
 * "vi") says them: "FLG positiva till förslaget", "Vi tackar nej till", "FLG instämmer med".
 */
export const STANCE_FORMS = [
  'tackar nej', 'tackar ja', 'säger nej', 'säger ja', 'instämmer', 'ställer sig bakom', 'ställde sig bakom', 'är positiva till',
  'positiva till', 'är positiv till', 'positiv till', 'är negativa till', 'negativa till', 'tillstyrker', 'avstyrker', 'godkänner',
  'ställer sig positiva', 'avslår', 'bifaller', 'väljer att', 'avvaktar', 'fastställer', 'fastställde',
  'godkände', 'antar', 'antog', 'utser', 'utsåg', 'väljer', 'valde',
  // the meeting giving a task or passing a matter on decides it: "Nämnden uppdrar åt förvaltningen att"
  'uppdrar åt', 'uppdrar till', 'uppdrog åt', 'återremitterar', 'återremitterade', 'bordlägger', 'bordlade', 'beviljar', 'beviljade',
  // a nämnd's orders as a supervising authority: "Nämnden förelägger fastighetsägaren att …"
  'förelägger', 'förbjuder', 'förordnar', 'medger', 'meddelar dispens', 'ger dispens', 'avskriver', 'delegerar',
];

/**
 * The meeting giving a task with its object between the verb and "i uppdrag": "Styrelsen ger VD i
 * uppdrag att …", "Nämnden ger förvaltningen i uppdrag att …" (a stance of the meeting, as
 * "uppdrar åt" is).
 */
export const GIVES_A_TASK = String.raw`ger\s+(?:[\p{L}\d-]+\s+){1,6}?i\s+uppdrag(?:et)?`;

/**
 * The heads of a deciding body's name in the definite form: "Byggnadsnämnden", "Styrelsen", and
 * older protocols' "drätselkammaren", "byggnadskommittén".
 */
export const DECIDING_BODY_HEADS = ['nämnden', 'styrelsen', 'utskottet', 'gruppen', 'fullmäktige', 'direktionen', 'rådet', 'mötet', 'beredningen', 'kammaren', 'kommittén', 'stämman'];

/**
 * Subjects that stand for the meeting itself in a stance: "vi", "mötet", a formal body. In a
 * decision column any group's short name in capitals ("FLG") counts too.
 */
export const MEETING_SELF = ['vi', 'mötet', 'gruppen', 'ledningsgruppen', 'styrelsen', 'nämnden', 'utskottet', 'samverkansgruppen', 'arbetsutskottet', 'direktionen', 'fullmäktige', 'kommunstyrelsen', 'nätverket', 'rådet', 'styrgruppen', 'projektgruppen', 'arbetsgruppen', 'presidiet', 'rektorsgruppen', 'krisledningsgruppen', 'parterna', 'stämman'];

/** Deciding verbs in the past, which put the meeting after them when something is fronted: "… beslöt rådet att". */
export const PAST_DECIDING_VERBS = ['beslöt', 'bestämde', 'beslutade'];
/**
 * A time fronted before a deciding verb, which dates the decision to another day than the
 * meeting's: "I april beslutade nämnden att", "Förra veckan bestämde vi att", "2024 beslöt styrelsen att".
 */
export const FRONTED_TIME = new RegExp(`^(?:(?:i|den|under|på|vid|redan)\\s+(?:${alternation(Object.keys(MONTHS))}|\\d|förra|våras|höstas|fjol|början|slutet)|förra|tidigare|(?:19|20)\\d\\d)`, 'iu');

/** "Dagordningen godkändes med tillägget …", "Föredragningslistan fastställs": the agenda decided */
export const AGENDA_FIXED = /^(?:dagordningen|föredragningslistan)\s+(?:fastställ|godkän)\p{L}*/iu;

/** What marks a proposal or another body's view: never a decision of this meeting. */
export const NOT_DECISION_MARKERS = [
  /\bförslag till beslut\b/i, /\bföreslår\b/i, /(?<![\p{L}])hemställer(?![\p{L}])/iu, /(?<![\p{L}])måtte\s+besluta/iu, /\bföreslås\b/i, /\byrkar\b/i, /\byrkande\b/i, /\bpropositionsordning\b/i,
  /\breserverar sig\b/i, /\breservation\b/i, /\bförslag(?:et)? (?:är|var) att\b/i, /\bkommer att (?:fattas|tas)\b/i,
  /\bbehöver (?:fatta|ta) beslut\b/i, /\binformationen noteras\b/i, /\bantecknas\b/i, /\btackar för informationen\b/i,
  // how a vote is to be taken ("godkänner följande beslutsgång: den som vill … röstar ja"): procedure
  /\bbeslutsgång\b/i, /\bvoteringsproposition\b/i, /\bröstar\s+(?:ja|nej)\b/i,
  // the chair putting questions (propositionsordning): procedure, not a decision
  /^ordföranden (?:frågar|frågade|ställer|ställde|finner|fann|konstaterar|konstaterade)\b/i,
  /\bställ(?:er|de|des|s)\s+(?:\p{L}+\s+){0,2}?proposition\b/iu, /\bpropositionsordning\b/i,
  // a cell of a Beslut column that says there is none
  /^(?:inget|inga|ej|inte)\s+(?:nya\s+|nytt\s+|fler\s+|övriga\s+)?(?:beslut|beslutades)\b/i, /^beslut\s+saknas\b/i,
  // an agenda note, wherever it stands: "Ärendet Markanvisning för kvarteret Sjöboden utgår från dagens dagordning"
  // (not the agenda fixed with it: "Föredragningslistan fastställs med den ändringen att ärendet X utgår")
  new RegExp(String.raw`^(?!${AGENDA_FIXED.source}\s)(?:.*\s)?utgår(?:\s+från\s+(?:dagens\s+)?(?:dagordning|föredragningslista)\p{L}*)?\s*\.?$`, 'iu'),
  // agreement is not a formal decision: "Vi var eniga om att", "Gruppen enades om att"
  /\b(?:var|är) eniga om\b/i, /\benades om\b/i, /\benas om\b/i, /\b(?:var|är) överens om\b/i,
];

/**
 * A line that proposes to another body and leaves its att-clauses to the lines after it
 * ("Kommunstyrelsen föreslår kommunfullmäktige besluta", "Nämnden föreslår kommunfullmäktige att
 * besluta:"): those clauses are the proposal, not this meeting's decisions.
 */
export const PROPOSAL_LEAD_IN = /(?<![\p{L}])(?:föreslår\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:att\s+)?besluta(?:r)?)?|hemställer\s+(?:hos\s+|att\s+)?(?:[\p{L}-]+\s+){1,3}?(?:(?:att\s+)?(?:måtte\s+)?besluta(?:r)?)?)\s*:?\s*$/iu;
/**
 * The same lead-in with its att-clauses run on in one sentence, as plain text joins the lines
 * ("Kommunstyrelsen hemställer att kommunfullmäktige måtte besluta att anta …"): all of it proposed.
 */
export const PROPOSAL_LEAD_IN_RUN_ON = /(?<![\p{L}])(?:föreslår|hemställer)\s+(?:(?:hos|att)\s+)?(?:[\p{L}-]+\s+){1,3}?(?:att\s+)?(?:måtte\s+)?besluta(?:r)?\s*:?\s+att\s/iu;

/** Past forms of deciding verbs with which a group's short name decides: "FLG godkände tidplanen". */
export const ACRONYM_DECIDING_VERBS = ['godkände', 'antog', 'fastställde', 'utsåg', 'valde', 'beslöt', 'beslutade', 'godkänner', 'fastställer', 'antar'];

/** Agenda notes that are not decisions even where they sit in a decision column. */
export const AGENDA_NOTES = /^(?:utgår|flyttas\b|flyttades\b|bordlagd|ingen (?:åtgärd|beslut)|inget beslut|information\s*\.?$|noteras|informationen noteras)/i;

/**
 * Sentences about a decision rather than decisions: when it applies and how to appeal it
 * ("Beslutet gäller omedelbart", "Beslutet kan överklagas hos länsstyrelsen").
 */
export const ABOUT_A_DECISION = /^(?:beslutet|besluten|detta beslut|nämndens beslut|styrelsens beslut)\s+(?:gäller|kan|får|ska|skall|träder|överklagas|har|är|fattas|justeras|expedieras|skickas|delges|börjar|upphör)\b/iu;

/** A sentence that only takes the proposal before it: "Enligt förslag.", "Nämnden bifaller ordförandens förslag." */
export const ADOPTS_PROPOSAL = /^(?:beslut\s*:\s*)?(?:enligt\s+(?:[\p{L}-]+s\s+)?förslag(?:et)?|bifalles|förslaget\s+(?:bifalls|bifölls|godkänns|godkändes)|[\p{Lu}][\p{L}-]*\s+(?:bifaller|biföll)\s+(?:[\p{L}-]+s\s+)?förslag(?:et)?)\s*[.!]?$/iu;
