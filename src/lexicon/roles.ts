/**
 * Role titles in Swedish municipal administration. A role can be an owner by itself ("HR-chef får
 * i uppdrag"), and owners are resolved to people through participants' roles.
 * Titles are matched as whole words, in their bare, definite and plural forms, and as the head of
 * a compound ("verksamhetschef", "tf verksamhetschef VUX", "nämndsekreteraren").
 */
export const ROLE_HEADS = [
  // older protocols' kommunalkamrer, drätselkamrer: "uppdraga åt kommunalkamreraren"
  'kamrer', 'kamrerare',
  'chef', 'direktör', 'sekreterare', 'ledare', 'koordinator', 'samordnare', 'controller', 'strateg', 'handläggare', 'utvecklare', 'mottagare',
  'ordförande', 'kommunikatör', 'jurist', 'ekonom', 'konsult', 'specialist', 'utredare', 'assistent', 'administratör', 'ansvarig',
  'observatör', 'projektledare', 'representant', 'ombud', 'skyddsombud', 'rådgivare', 'planerare', 'sjuksköterska', 'förvaltningschef',
  'rektor', 'lärare', 'pedagog', 'kassör', 'revisor', 'intendent', 'arkitekt', 'ingenjör', 'tekniker', 'inspektör', 'föreståndare',
  'kurator', 'psykolog', 'undersköterska', 'registrator', 'arkivarie', 'bibliotekarie', 'kanslist', 'ombudsman', 'förman', 'sakkunnig',
  'vaktmästare', 'kock', 'ledamot', 'ersättare', 'brandman', 'styrman', 'expert', 'analytiker', 'förhandlare', 'konsulent',
  'förvaltare', 'kapten', 'sköterska', 'läkare', 'terapeut', 'chaufför', 'mästare', 'arbetsledare', 'bitr. rektor',
  // a guardian under the överförmyndare: "förelägga ställföreträdaren att lämna in årsräkning"
  'företrädare',
  // "Kontaktpersonerna för respektive brukare går igenom genomförandeplanerna"
  'kontaktperson',
  // "Tillsynsförrättaren följer upp föreläggandet", "sotningsförrättaren"
  'förrättare',
  'polis', 'kommunpolis', 'ägare', 'utövare', 'biträde', 'handledare', 'mentor', 'coach', 'värd', 'förare', 'tolk', 'byggledare', 'hortonom', 'antikvarie', 'notarie',
];

/**
 * Units of an organisation that own tasks as a whole ("förvaltningen återkommer", "tekniska
 * förvaltningen tar fram", "HR-avdelningen", "kansliet bereder"). Matched as the head of a
 * compound, in the definite form ("samhällsbyggnadsförvaltningen", "IT-enheten").
 */
export const UNIT_HEADS = [
  'förvaltning', 'kontor', 'kansli', 'enhet', 'avdelning', 'sektion', 'stab', 'sekretariat', 'funktion', 'räddningstjänst',
  'administration', 'ledning', 'organisation', 'verksamhet', 'team', 'grupp', 'arbetsgrupp', 'styrgrupp', 'projektgrupp',
  'servicecenter', 'center', 'förbund', 'förening', 'bolag', 'nämnd', 'styrelse', 'utskott', 'råd', 'presidium', 'byrå', 'kommun', 'region',
  // places that act as a unit in minutes: "Skolan skickar ut en enkät", "fritidsgården tar fram"
  'skola', 'förskola', 'gård', 'mottagning', 'hemtjänst', 'växel', 'arbetslag',
  // ("Vårdcentralen ansvarar för att en uppdaterad läkemedelslista skickas", "Larmcentralen")
  'central',
  // the branches of social services that act as units: "ge individ- och familjeomsorgen i uppdrag"
  'omsorg', 'socialtjänst', 'elevhälsa', 'hälsovård', 'tjänst',
  // a school form that acts as a unit: "Vuxenutbildningen undersöker möjligheten att …"
  'vuxenutbildning',
  // the region and the kommuner of a joint group: "Varje huvudman skickar senast den 15 maj sin plan"
  'huvudman',
  // a council's preparing committee: "Demokratiberedningen lämnar en lägesrapport"
  'beredning',
  // the boards of older kommuner: "uppdraga åt drätselkammaren att inkomma med förslag"
  'kammare',
];

/**
 * Units of the administration that speak in a point ("Förvaltningen: Arbetet börjar i maj") rather
 * than title it; a gård or a skola may do either.
 */
export const SPEAKING_UNITS = ['förvaltningen', 'kontoret', 'enheten', 'avdelningen', 'nämnden', 'styrelsen', 'kansliet'];

/** "Region Nordmark", "Björnsele kommun", "Kvarnåsahem AB": an organisation by its kind and its proper name. */
export const NAMED_ORGANISATION = /^(?:(?:Region|Landstinget)\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+(?:kommun|stad|region|AB|HB))$/u;

/** A unit in the definite form, as the end of a word: "förvaltningen", "IT-enheten", "kansliet", "äldreomsorgen". */
// ("presidium" -> "presidiet": a Latin neuter drops its -um)
// ("lönecentrum", "kontaktcentret": a centre named in its Latin form)
export const UNIT_NAME_END = new RegExp(`(?:\\p{L}*centrum|${UNIT_HEADS.map((h) => (h.endsWith('a') ? `${h.slice(0, -1)}(?:an|orna)` : h.endsWith('um') ? `${h.slice(0, -2)}(?:et|erna)` : `${h}(?:en|et|n|t|erna|arna|na)`)).join('|')})$`, 'iu');

/**
 * Words that end like a unit and are none: "torrförrådet" is a store room, not a råd; "området"
 * an area, "samrådet" a consultation ("Rensa torrförrådet" is a task, not its owner).
 */
export const UNIT_LOOKALIKE_STEMS = ['förråd', 'områd', 'område', 'samråd', 'skolgård', 'innergård', 'bakgård'];

/**
 * Organisations that own tasks in samverkan and board minutes: unions, authorities, the
 * municipality's partners ("Kommunal återkommer", "Vision tar upp frågan", "Regionen bjuder in").
 */
export const ORGANISATIONS = [
  'kommunal', 'vision', 'lärarförbundet', 'lärarnas riksförbund', 'sveriges lärare', 'vårdförbundet', 'akademikerförbundet ssr', 'ssr',
  'ledarna', 'saco', 'sveriges ingenjörer', 'fysioterapeuterna', 'naturvetarna', 'läkarförbundet', 'brandmännens riksförbund',
  'brandmännens riksförbund brf', 'brf', 'fackförbundet', 'facket', 'arbetsgivaren', 'arbetstagarorganisationerna', 'de fackliga',
  'de fackliga organisationerna', 'skr', 'försäkringskassan', 'arbetsförmedlingen', 'polisen', 'regionen', 'länsstyrelsen',
  'skolverket', 'socialstyrelsen', 'ivo', 'arbetsmiljöverket', 'trafikverket', 'lantmäteriet', 'kommunen', 'staden',
  // outside parties a decision lays a duty on: "att föreningen svarar för renhållningen",
  // "Fastighetsägaren ska åtgärda bristerna senast den 1 mars"
  'föreningen', 'föreningarna', 'studieförbunden', 'bolaget', 'företaget', 'företagen', 'förbundet', 'entreprenören', 'leverantören', 'fastighetsägaren',
  'fastighetsägarna', 'verksamhetsutövaren', 'sökanden', 'hyresgästen', 'arrendatorn', 'konsulten',
  // the other party of a sale or a land deal: "att köparen skall erlägga köpeskillingen senast …"
  'köparen', 'säljaren', 'exploatören', 'byggherren', 'tomträttshavaren', 'nyttjanderättshavaren',
  // a company's or a kommun's service desk: "Kundservice informerar samtliga kunder"
  'kundservice', 'kundtjänst', 'kontaktcenter', 'medborgarservice',
  // the parties of a council, who own their groups' tasks ("Partierna anmäler sina talare",
  // "Vänsterpartiet och Kristdemokraterna meddelar kansliet")
  'partierna', 'partiet', 'partigrupperna', 'socialdemokraterna', 'moderaterna', 'sverigedemokraterna', 'centerpartiet', 'vänsterpartiet',
  'kristdemokraterna', 'liberalerna', 'miljöpartiet', 'miljöpartiet de gröna',
];


/** Role words that are whole titles on their own (not compounds of a head above). */
export const ROLE_WORDS = ['hr', 'vd', 'mas', 'mar', 'ec', 'vc', 'ac', 'fc', 'avdelningschef', 'enhetschef', 'verksamhetschef', 'sektionschef', 'arbetsgivaren', 'arbetsgivarrepresentant'];

/** Prefixes that qualify a role without changing it: "tf", "biträdande", "nuvarande". */
export const ROLE_QUALIFIERS = ['förste', 'andre', 'tf', 'tf.', 't.f.', 'biträdande', 'bitr', 'bitr.', 'nuvarande', 'ställföreträdande', 'vice', 'tillförordnad', 't/f', 'verkställande', 'vikarierande', 'tillträdande', 'avgående',
  // adjectives that make a title of their own: "teknisk chef", "tekniska chefen", "administrativ chef"
  'teknisk', 'tekniska', 'administrativ', 'administrativa', 'ekonomisk', 'ekonomiska',
  // the auditors' experts: "uppdra åt sakkunnigt biträde att granska"
  'sakkunnigt', 'sakkunniga'];


/** Roles as minutes shorten them in a Vem column or a to-do line ("Ordf.", "Sekr."): the role they stand for. */
export const ROLE_ABBREVIATIONS: Record<string, string> = {
  'ordf': 'ordförande', 'ordf.': 'ordförande', 'v. ordf.': 'vice ordförande', 'v ordf': 'vice ordförande', 'vice ordf.': 'vice ordförande',
  'sekr': 'sekreterare', 'sekr.': 'sekreterare',
};
