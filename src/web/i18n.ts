/**
 * The interface's words: Swedish by default, English with ?lang=en or a browser that prefers it.
 * One table, so a missing translation is a type error rather than a blank on the page.
 */
export type Lang = 'sv' | 'en';

const WORDS = {
  appName: ['Protokoll', 'Protokoll'],
  skip: ['Hoppa till innehållet', 'Skip to content'],
  navSearch: ['Sök', 'Search'],
  navFollowup: ['Uppföljning', 'Follow-up'],
  navReview: ['Granska', 'Review'],
  navUpload: ['Ladda upp', 'Upload'],
  navQueue: ['Kö', 'Queue'],
  navMain: ['Huvudmeny', 'Main menu'],
  logout: ['Logga ut', 'Log out'],
  loggedInAs: ['Inloggad som', 'Logged in as'],
  language: ['In English', 'På svenska'],
  searchTitle: ['Sök i protokollen', 'Search the minutes'],
  searchLabel: ['Sökord', 'Search words'],
  searchHint: ['Alla ord måste finnas; böjda former hittas ("beslut" hittar "beslutade"). "Citattecken" för fraser.', 'All words must match; Swedish word forms are found ("beslut" finds "beslutade"). "Quotes" for phrases.'],
  body: ['Organ', 'Body'],
  from: ['Från datum', 'From date'],
  to: ['Till datum', 'To date'],
  owner: ['Ansvarig', 'Owner'],
  ownerHint: ['Namn, initialer eller roll', 'Name, initials or role'],
  decisionsOnly: ['Bara beslut', 'Decisions only'],
  search: ['Sök', 'Search'],
  filter: ['Visa', 'Show'],
  hits: ['träffar', 'hits'],
  noHits: ['Inga träffar.', 'No hits.'],
  decidedBy: ['Beslutat av', 'Decided by'],
  page: ['sidan', 'page'],
  followupTitle: ['Uppföljning', 'Follow-up'],
  statusLabel: ['Visa uppgifter', 'Show tasks'],
  statusOpen: ['Öppna', 'Open'],
  statusOverdue: ['Försenade', 'Overdue'],
  statusAll: ['Alla', 'All'],
  dueBefore: ['Senast före', 'Due before'],
  today: ['Dagens datum', 'Today'],
  tasks: ['uppgifter', 'tasks'],
  noTasks: ['Inga uppgifter.', 'No tasks.'],
  task: ['Uppgift', 'Task'],
  due: ['Senast', 'Due'],
  meeting: ['Möte', 'Meeting'],
  item: ['Punkt', 'Item'],
  status: ['Status', 'Status'],
  done: ['Klar', 'Done'],
  open: ['Öppen', 'Open'],
  overdue: ['Försenad', 'Overdue'],
  markDone: ['Markera klar', 'Mark done'],
  reopen: ['Öppna igen', 'Reopen'],
  downloadCsv: ['Ladda ner för Excel (CSV)', 'Download for Excel (CSV)'],
  downloadIcs: ['Ladda ner till kalendern (ICS)', 'Download to calendar (ICS)'],
  showSource: ['Visa i källan', 'Show in source'],
  source: ['Källa', 'Source'],
  sourceMissing: ['Källfilen finns inte på den här datorn', 'The source file is not on this computer'],
  participants: ['Deltagare', 'Participants'],
  secretary: ['Sekreterare', 'Secretary'],
  items: ['Punkter', 'Items'],
  decisions: ['Beslut', 'Decisions'],
  actions: ['Åtgärder', 'Actions'],
  noDate: ['utan datum', 'no date'],
  time: ['Tid', 'Time'],
  location: ['Plats', 'Place'],
  organisation: ['Förvaltning', 'Organisation'],
  warnings: ['Det här kunde inte avgöras', 'What could not be determined'],
  copies: ['Samma möte i andra filer', 'The same meeting in other files'],
  quote: ['Citat', 'Quote'],
  notFound: ['Sidan finns inte', 'Page not found'],
  meetingNotFound: ['Mötet finns inte', 'There is no such meeting'],
  uploadTitle: ['Ladda upp protokoll', 'Upload minutes'],
  uploadLabel: ['Filer (PDF, Word, text)', 'Files (PDF, Word, text)'],
  uploadHint: ['Dra filerna hit eller välj dem. De läses på samma sätt som med kommandot import.', 'Drop the files here or choose them. They are read the same way as by the import command.'],
  uploadButton: ['Ladda upp', 'Upload'],
  uploadDone: ['Klart', 'Done'],
  uploadQueued: ['Köad för bearbetning', 'Queued for processing'],
  uploadFailed: ['Kunde inte läsas', 'Could not be read'],
  uploadUnchanged: ['Redan inläst', 'Already read'],
  openMeeting: ['Öppna mötet', 'Open the meeting'],
  loginTitle: ['Logga in', 'Log in'],
  userName: ['Användarnamn', 'User name'],
  password: ['Lösenord', 'Password'],
  loginFailed: ['Fel användarnamn eller lösenord.', 'Wrong user name or password.'],
  loginThrottled: ['För många misslyckade försök. Vänta en kvart och försök igen.', 'Too many failed tries. Wait a quarter of an hour and try again.'],
  forbidden: ['Du får inte göra det här', 'You may not do this'],
  readOnly: ['Du har läsbehörighet och kan inte ändra.', 'You may read but not change.'],
  reviewTitle: ['Granska', 'Review'],
  error: ['Något gick fel', 'Something went wrong'],
  results: ['Resultat', 'Results'],
  datePlaceholder: ['ÅÅÅÅ-MM-DD', 'YYYY-MM-DD'],
  reviewIntro: ['Rätta det som blev fel: en rättelse sparas med vem och när, finns kvar när protokollen läses om och gäller i sök, uppföljning, exporter och kommandon. Börja med de ansvariga som reglerna var minst säkra på: de som lästes ur löptext och inte ur en Ansvarig-kolumn.', 'Correct what came out wrong: a correction is kept with who and when, survives re-reading the minutes, and counts in search, follow-up, exports and the commands. Start with the owners the rules were least sure of: those read from running text rather than an Ansvarig column.'],
  reviewOwners: ['Ansvariga att granska', 'Owners to review'],
  reviewNothing: ['Inget att granska.', 'Nothing to review.'],
  ownerAsRead: ['Ansvarig som den lästes', 'Owner as read'],
  correctOwner: ['Rätta ansvarig', 'Correct the owner'],
  sourceElsewhere: ['inte i citatet', 'not in the quote'],
  sourceSentence: ['ur löptext', 'from running text'],
  modeSet: ['i stället', 'instead'],
  modeAdd: ['också', 'as well'],
  save: ['Spara', 'Save'],
  undo: ['Ångra', 'Undo'],
  undone: ['ångrad av', 'undone by'],
  ownerSet: ['Ansvarig', 'Owner'],
  ownerAdded: ['Ansvarig tillagd', 'Owner added'],
  noDeadline: ['inget datum', 'no date'],
  notADecision: ['Inte ett beslut', 'Not a decision'],
  taskAdded: ['Uppgift tillagd', 'Task added'],
  recentCorrections: ['Senaste rättelser', 'Latest corrections'],
  noCorrections: ['Inga rättelser än.', 'No corrections yet.'],
  correct: ['Rätta', 'Correct'],
  addTask: ['Lägg till en uppgift som saknas', 'Add a missing task'],
  correctedBy: ['rättad av', 'corrected by'],
  addedBy: ['tillagd av', 'added by'],
  markedBy: ['markerat av', 'marked by'],
  deadline: ['Senast (datum)', 'Due (date)'],
  taskText: ['Uppgift', 'Task'],
  pages: ['Sidor', 'Pages'],
  previous: ['Föregående', 'Previous'],
  next: ['Nästa', 'Next'],
  of: ['av', 'of'],
} as const satisfies Record<string, readonly [string, string]>;

export type WordKey = keyof typeof WORDS;
export type T = (key: WordKey) => string;

export function translator(lang: Lang): T {
  const index = lang === 'sv' ? 0 : 1;
  return (key) => WORDS[key][index];
}

/** ?lang= wins; then the browser's first preference among Swedish and English; then Swedish. */
export function pickLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'en' || query === 'sv') return query;
  const prefs = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: tag ?? '', q: q ? Number(q) : 1 };
    })
    .filter((p) => p.tag)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) {
    if (p.tag === 'sv' || p.tag.startsWith('sv-')) return 'sv';
    if (p.tag === 'en' || p.tag.startsWith('en-')) return 'en';
  }
  return 'sv';
}
