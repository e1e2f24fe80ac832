/** Words about agenda items themselves. */

/**
 * Titles of items that gather sub-topics under them ("Övrigt" followed by "Flyktingar från
 * Ukraina" and "Förändring inom Kommunal"): an empty item with one of these titles takes the
 * unnumbered headings after it as its own sub-topics.
 */
export const GROUPING_TITLES = [
  'övrigt', 'övriga frågor', 'övriga ärenden', 'övriga punkter', 'informationsärenden', 'information', 'aktuellt', 'meddelanden',
  'rapporter', 'anmälningsärenden', 'delgivningar', 'kort-kort', 'aktuella frågor', 'frågor', 'diskussionsärenden',
];

/** Times written with an item ("Kl 9:30-10:30", "09.00-10.00"): scheduling, not part of the title. */
/**
 * The closing blocks of a § protocol, typed like its headings but no items: "Justering" over the
 * line saying when it was signed, "ANSLAG/BEVIS" over the notice of it, "Underskrifter".
 */
export const CLOSING_BLOCK_TITLES = /^(?:justering|justeringen|justeras|justerat|anslag|bevis|anslag\s*\/\s*bevis|anslagsbevis|bevis om anslag|underskrifter|signaturer|justerandes signaturer)\s*:?$/iu;

/** "§ 67 Ja", "§ 67 Nej": a vote's column titles in an attendance table, never an item's title */
export const VOTE_COLUMN_TITLES = /^(?:ja|nej|avstår|avstod|avstående|röst|röster)$/iu;

export const ITEM_TIME_LINE = /^(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\.?$/iu;

/**
 * Labels of the parts inside an item ("Beslut", "Förslag till beslut", "Ärendet", "Yrkanden", an
 * FSG item's "Information enligt 19 § MBL"):
 * a line that is only one of these never starts an agenda item.
 */
/**
 * A body's name in the genitive before a part's label: "Nämndens", "Arbetsutskottets",
 * "Barn- och utbildningsnämndens", "Kommunstyrelsens arbetsutskotts", and with the adjective a
 * body's name opens with ("Tekniska nämndens", "Kommunala pensionärsrådets").
 */
export const BODY_GENITIVE = String.raw`(?:(?:\p{L}+a\s+)?(?:\p{L}+-\s+(?:och|eller)\s+)?[\p{L}-]+s\s+(?:[\p{L}-]+s\s+)?)`;

/**
 * "förslag till medlemskommunernas fullmäktige", "förslag till kommunfullmäktige i Bergviks
 * kommun": a body's proposal to another body, the part of an item that holds it (after a body's
 * genitive: "Förslag till ny taxa" alone is an item's title).
 */
export const PROPOSAL_TO_A_BODY = String.raw`förslag\s+till\s+(?:[\p{L}-]+\s+){0,3}?(?:fullmäktige|kommunfullmäktige|kommunstyrelsen|regionfullmäktige|[\p{L}-]*nämnden|[\p{L}-]*styrelsen|direktionen|förbundsfullmäktige)(?:\s+i\s+\p{Lu}[\p{L}-]*(?:\s+kommun)?)?`;

export const ITEM_PART_LABEL = new RegExp(String.raw`^${BODY_GENITIVE}?(?:förslag(?:\s+till\s+(?:beslut|[\p{L}-]+))?|${BODY_GENITIVE}${PROPOSAL_TO_A_BODY}|beslut(?:\s+för\s+egen\s+del)?|beslutsunderlag|yrkanden?|propositionsordning|reservation(?:er)?|expedieras(?:\s+till)?|beslutet\s+(?:skickas|expedieras)\s+till|justerare|bakgrund|ärendet|ärendebeskrivning|(?:sammanfattning|beskrivning)(?:\s+av\s+ärendet)?|ärendets\s+beredning|beslutsgång|protokollsanteckning|paragrafen justeras omedelbart|omedelbar justering|handlingar|underlag|underskrifter|signaturer|justerandes signaturer|omröstning|votering|omröstningsresultat|jäv|särskilt yttrande|motivering|skäl för beslutet|beslutsmotivering|upplysningar|bilagor?|(?:information|förhandling|informationsärende|förhandlingsärende)\s+(?:enligt|enl\.?|i\s+enlighet\s+med)\s+(?:\d+\s*(?:och\s+\d+\s*)?§{1,2}\s*)?mbl(?:\s*(?:§{1,2}\s*)?\d+)?)\s*:?$`, 'iu');

/** The item part that describes the matter: "Ärendebeskrivning", "Bakgrund", "Sammanfattning av ärendet". */
export const DESCRIPTION_LABEL = /^(?:bakgrund|ärendet|ärendebeskrivning|(?:sammanfattning|beskrivning)(?:\s+av\s+ärendet)?|ärendets\s+beredning)\s*:?$/iu;

/**
 * Sections that close minutes without a number of their own ("Att göra" after items 1-3,
 * "Nästa möte", "Övriga frågor"): in plain text such a line after a gap is an item too.
 */
export const TRAILING_SECTION_TITLES = /^(?:att göra|att göra-lista|åtgärdslista|uppgifter|övrigt|övriga frågor|nästa möte|nästa sammanträde|mötets avslutande|avslutning|utcheckning|incheckning|mötet avslutas)\s*:?$/iu;

/**
 * A reference back to an item ("(p. 3)", "(punkt 4)", "(§ 12)", "se punkt 5"): an entry that
 * carries one repeats a task its item already holds.
 */
export const BACK_REFERENCE = /\((?:p|pkt|punkt|§|se punkt|se p|jfr punkt)\.?\s*\d{1,3}(?:\s?[a-z])?\)|(?<![\p{L}])se (?:punkt|p\.|§)\s*\d{1,3}/iu;

/**
 * A line that opens a decision's or a proposal's att-clauses ("Arbetsutskottet beslutar för egen
 * del", "Arbetsutskottet föreslår kommunstyrelsen besluta", "Nämnden beslöt:"): bold as the item
 * headings may be, it starts none.
 */
export const DECISION_LEAD_IN_LINE = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?\s+(?:beslutar|beslutade|beslöt|föreslår\s+(?:[\p{L}-]+\s+){1,3}?(?:att\s+)?besluta(?:r)?|hemställer\s+(?:[\p{L}-]+\s+){1,4}?besluta(?:r)?)(?:\s+för\s+egen\s+del)?\s*:?$/iu;
