import { describe, expect, it } from 'vitest';
import { decisionTexts, itemOf, ownerTexts } from '../support/minutes.js';

describe('decisions, as Swedish minutes write them', () => {
  it('"Socialdirektören beslutar att:" gives the decision without its lead-in, decided by Socialdirektören', async () => {
    const item = await itemOf('Socialdirektören beslutar att: godkänna förslaget gällande chef-i-beredskap. Dokumentet kommuniceras ut inom kort.');
    expect(decisionTexts(item)).toEqual(['att godkänna förslaget gällande chef-i-beredskap']);
    expect(item.decisions[0]!.decidedBy).toBe('Socialdirektören');
  });

  it('parallel att-clauses are decisions of their own, "får i uppdrag att" is not a new one', async () => {
    const item = await itemOf('Styrelsen beslutade att anta budgeten, att HR-chef får i uppdrag att ta fram en plan samt att ärendet tas upp igen i maj.');
    expect(decisionTexts(item)).toEqual([
      'att anta budgeten',
      'att HR-chef får i uppdrag att ta fram en plan',
      'att ärendet tas upp igen i maj',
    ]);
  });

  it('how a vote is to be taken ("godkänner följande beslutsgång: … röstar ja") is procedure, no decision', async () => {
    const item = await itemOf('Nämnden godkänner följande beslutsgång: den som vill att ärendet avgörs i dag röstar ja, den som vill att ärendet återremitteras röstar nej. Nämnden beslutar att anta modellen.');
    expect(decisionTexts(item)).toEqual(['att anta modellen']);
  });

  it('"…, vi bestämde att": the meeting\'s own decision as a sentence\'s second main clause', async () => {
    expect(decisionTexts(await itemOf('BH har provat den nya moppen och tycker den är bra, vi bestämde att alla enheter ska gå över till den.'))).toEqual(['att alla enheter ska gå över till den']);
    // another's decision after the comma stays reported
    expect(decisionTexts(await itemOf('Moppen är bra, kommunstyrelsen beslutade att alla enheter ska ha den.'))).toEqual([]);
  });

  it('a typewriter\'s letter-spaced lead-in ("D i r e k t i o n e n s  b e s l u t") opens the decision, on its own line or run into it', async () => {
    expect(decisionTexts(await itemOf('Förslag har upprättats.\nD i r e k t i o n e n s   b e s l u t\natt höja avgiften till 1,84 kr/m3,\natt meddela medlemskommunerna.'))).toEqual(['att höja avgiften till 1,84 kr/m3', 'att meddela medlemskommunerna']);
    expect(decisionTexts(await itemOf('Förslag har upprättats. D i r e k t i o n e n s b e s l u t att anta anbudet.'))).toEqual(['att anta anbudet']);
    // letters spaced out that spell no lead-in decide nothing
    expect(decisionTexts(await itemOf('Förslag har upprättats. O b s e r v e r a att anbudet gäller i 30 dagar.'))).toEqual([]);
  });

  it('the verb before the meeting as its subject inside a sentence ("…, bestämde vi att", "Efter frågor … beslöt rådet att")', async () => {
    expect(decisionTexts(await itemOf('Dagen hålls den 9 augusti, och efter en lång diskussion om platsen, eftersom det var trångt förra året, bestämde vi att dagen hålls på skolgården.'))).toEqual(['att dagen hålls på skolgården']);
    expect(decisionTexts(await itemOf('Efter frågor om vad pengarna får användas till beslöt rådet att söka pengar till en brygga.'))).toEqual(['att söka pengar till en brygga']);
    // a time fronted before it dates the decision to an earlier day: reported, not taken
    expect(decisionTexts(await itemOf('Planen har remitterats. I april beslutade nämnden att anta planen.'))).toEqual([]);
  });

  it('"Beslut: att" and "Beslutas att" have no subject', async () => {
    expect(decisionTexts(await itemOf('Beslut: att avsluta projektet.'))).toEqual(['att avsluta projektet']);
    expect(decisionTexts(await itemOf('Beslutas att verksamhetscheferna tar med underlaget till sina enhetschefer.'))).toEqual([
      'att verksamhetscheferna tar med underlaget till sina enhetschefer',
    ]);
  });

  it('the passive of a deciding verb makes the sentence a decision', async () => {
    expect(decisionTexts(await itemOf('Mötesanteckningarna läggs till handlingarna.'))).toEqual(['Mötesanteckningarna läggs till handlingarna']);
    expect(decisionTexts(await itemOf('Anna Ek och Bo Berg valdes som justerare.'))).toEqual(['Anna Ek och Bo Berg valdes som justerare']);
    expect(decisionTexts(await itemOf('Bordläggs till nästa möte.'))).toEqual(['Bordläggs till nästa möte']);
  });

  it('a proposal is not a decision, until the meeting decides "enligt förslaget"', async () => {
    const proposal = await itemOf('Förvaltningen föreslår att nämnden beslutar att godkänna rapporten.');
    expect(decisionTexts(proposal)).toEqual([]);
    const adopted = await itemOf('Förslag till beslut\nNämnden föreslås besluta att godkänna rapporten.\n\nBeslut\nNämnden beslutar enligt förslaget.');
    expect(decisionTexts(adopted)).toEqual(['att godkänna rapporten']);
  });

  it('noting information, a future decision and a question are not decisions', async () => {
    expect(decisionTexts(await itemOf('Informationen noteras.'))).toEqual([]);
    expect(decisionTexts(await itemOf('Beslut kommer att fattas på FLG den 11 februari.'))).toEqual([]);
    expect(decisionTexts(await itemOf('Beslut kring chefsutbildningar, vad känns prioriterat?'))).toEqual([]);
    expect(decisionTexts(await itemOf('Diskussion kring hur de beslutade prioriteringsgrunderna ska spridas.'))).toEqual([]);
  });

  it('"Beslöt nämnden" on a paragraph of its own leads in the att-paragraphs after it', async () => {
    const item = await itemOf('Karl Nordin har ansökt om bygglov.\n\nBeslöt nämnden\n\natt bevilja bygglov enligt inlämnade ritningar, samt\n\natt lovet upphör att gälla om arbetet icke påbörjats inom två år.');
    expect(decisionTexts(item)).toEqual(['att bevilja bygglov enligt inlämnade ritningar', 'att lovet upphör att gälla om arbetet icke påbörjats inom två år']);
  });

  it('an agenda note is no decision, under a Beslut heading too', async () => {
    const item = await itemOf('Arbetsutskottets beslut\nDagordningen godkänns.\nÄrendet Markanvisning för kvarteret Sjöboden utgår från dagens dagordning.');
    expect(decisionTexts(item)).toEqual(['Dagordningen godkänns']);
  });

  it('"Till justerare att ... valdes X": the fronted task names what X is elected to', async () => {
    expect(decisionTexts(await itemOf('Till justerare att jämte ordföranden justera protokollet valdes Marianne Svensson.'))).toEqual([
      'Till justerare att jämte ordföranden justera protokollet valdes Marianne Svensson',
    ]);
  });

  it('the att-clauses after a lead-in on its own line are its decisions', async () => {
    const item = await itemOf('Socialnämnden beslutar\natt godkänna uppföljningen, samt\natt uppdra åt socialdirektören att ta fram en åtgärdsplan.');
    expect(decisionTexts(item)).toEqual(['att godkänna uppföljningen', 'att uppdra åt socialdirektören att ta fram en åtgärdsplan']);
  });
});

describe('decisions in other protocol shapes', () => {
  it('"beslutar i enlighet med förvaltningens förslag" with no proposal in the minutes is a decision in those words', async () => {
    const item = await itemOf('Ärendet har beretts av förvaltningen.\n\nBeslut\nNämnden beslutar i enlighet med förvaltningens förslag.');
    expect(decisionTexts(item)).toEqual(['i enlighet med förvaltningens förslag']);
  });

  it('"Kommunstyrelsens förslag till kommunfullmäktige" heads a proposal, not a decision; "Sammanfattning av ärendet" ends the decision', async () => {
    const item = await itemOf('Kommunstyrelsens förslag till kommunfullmäktige\n1. Årsredovisningen för 2024 godkänns.\n\nKommunstyrelsens beslut\nKommunstyrelsen uppdrar åt ekonomichefen att redovisa en analys.\n\nSammanfattning av ärendet\nEkonomiavdelningen har upprättat årsredovisningen.');
    expect(decisionTexts(item)).toEqual(['Kommunstyrelsen uppdrar åt ekonomichefen att redovisa en analys']);
  });

  it('"Barn- och utbildningsnämndens beslut": a label with a compound body\'s name stands on its own line and opens the decision', async () => {
    const item = await itemOf('Barn- och utbildningsnämndens beslut\nBarn- och utbildningsnämnden beslutar att godkänna kvalitetsrapporten och att uppdra åt grundskolechefen att ta fram en handlingsplan.');
    expect(decisionTexts(item)).toEqual(['att godkänna kvalitetsrapporten', 'att uppdra åt grundskolechefen att ta fram en handlingsplan']);
    // and it ends the proposal above it
    const after = await itemOf('Kultur- och fritidsutskottets förslag till beslut\nUtskottet föreslår nämnden att godkänna rapporten.\nKultur- och fritidsnämndens beslut\nNämnden beslutar\natt godkänna rapporten.');
    expect(decisionTexts(after)).toEqual(['att godkänna rapporten']);
  });

  it('"Tekniska nämndens beslut", a body named with its adjective, labels a part of the item and opens its decision', async () => {
    const item = await itemOf('Tekniska nämndens förslag till kommunfullmäktige\nTekniska nämnden föreslår kommunfullmäktige besluta att anta VA-taxa 2026.\nTekniska nämndens beslut för egen del\nTekniska nämnden beslutar för egen del att uppdra åt VA-avdelningen att ta fram en kommunikationsplan.');
    expect(decisionTexts(item)).toEqual(['att uppdra åt VA-avdelningen att ta fram en kommunikationsplan']);
  });

  it('under "Beslut", after the decision, an official doing a verb in the present has a task, not a decision', async () => {
    const item = await itemOf('Tekniska nämndens beslut\nÄrendet bordläggs.\nTrafikingenjören kompletterar underlaget i samråd med Centrumföreningen till nämndens sammanträde den 22 oktober.');
    expect(decisionTexts(item)).toEqual(['Ärendet bordläggs']);
    expect(ownerTexts(item)).toEqual(['Trafikingenjören']);
    // an assignment under the same label is still the body's decision
    const assigned = await itemOf('Beslut\nÄrendet bordläggs.\nFörvaltningen får i uppdrag att komplettera underlaget.');
    expect(decisionTexts(assigned)).toEqual(['Ärendet bordläggs', 'Förvaltningen får i uppdrag att komplettera underlaget']);
    // a member named with the party's letters after the name does a task all the same
    const member = await itemOf('Valberedningens beslut\nÄrendet bordläggs.\nTobias Lind (SD) lämnar partiets nominering till sekreteraren senast den 26 maj 2025.');
    expect(decisionTexts(member)).toEqual(['Ärendet bordläggs']);
    expect(ownerTexts(member)).toEqual(['Tobias Lind']);
  });

  it('"hemställer att kommunfullmäktige måtte besluta" with its att-lines run on in plain text: all proposed, no decision and no task', async () => {
    const item = await itemOf('Kommunstyrelsen hemställer att kommunfullmäktige måtte besluta\natt anta detaljplanen, samt\natt uppdraga åt byggnadsnämnden att före den 1 mars 1990 redovisa en tidplan.');
    expect(decisionTexts(item)).toEqual([]);
    expect(ownerTexts(item)).toEqual([]);
  });

  it('numbered points after "beslutar" that are sentences of their own are decisions as written, joined lines or not', async () => {
    const item = await itemOf('Valnämnden beslutar\n1. Röstmottagarnas arvode fastställs till 2 600 kronor.\n2. Valkansliet får i uppdrag att rekrytera röstmottagare.\n3. Godkänna tidplanen.');
    expect(decisionTexts(item)).toEqual(['Röstmottagarnas arvode fastställs till 2 600 kronor', 'Valkansliet får i uppdrag att rekrytera röstmottagare', 'att godkänna tidplanen']);
  });

  it('"Beslut: Enligt förslag." and "Nämnden bifaller ordförandens förslag" take the proposal above as the decision', async () => {
    expect(decisionTexts(await itemOf('Förslag till beslut\nAtt godkänna rapporten.\nBeslut\nEnligt förslag.'))).toEqual(['att godkänna rapporten']);
    const item = await itemOf('Ordförandens förslag\nAtt ärendet bordläggs till nästa sammanträde.\nBeslut\nNämnden bifaller ordförandens förslag.');
    expect(decisionTexts(item).map((d) => d.toLowerCase())).toEqual(['att ärendet bordläggs till nästa sammanträde']);
    expect(item.decisions[0]!.decidedBy).toBe('Nämnden');
  });

  it('an "att" after a bare comma that completes the clause before it starts no decision of its own', async () => {
    expect(decisionTexts(await itemOf('Kommunstyrelsen beslöt att bevilja hembygdsföreningen bidrag med 15 000 kronor, att utbetalas sedan arbetet slutförts.'))).toEqual([
      'att bevilja hembygdsföreningen bidrag med 15 000 kronor, att utbetalas sedan arbetet slutförts',
    ]);
    expect(decisionTexts(await itemOf('Nämnden beslutar att förelägga Mattias Jonsson, i egenskap av ägare till fastigheten Strand 1:87, att senast den 31 mars 2026 riva byggnaden, samt att avgiften tas ut.'))).toEqual([
      'att förelägga Mattias Jonsson, i egenskap av ägare till fastigheten Strand 1:87, att senast den 31 mars 2026 riva byggnaden',
      'att avgiften tas ut',
    ]);
  });

  it('"beslutar i enlighet med förslaget" adopts the proposal', async () => {
    const item = await itemOf('Förslag till beslut\nFörvaltningen föreslår att nämnden godkänner rapporten.\n\nBeslut\nNämnden beslutar i enlighet med förvaltningens förslag.');
    expect(decisionTexts(item)).toEqual(['att nämnden godkänner rapporten']);
  });

  it('a numbered list of infinitives after "beslutar:" gives one decision per point', async () => {
    const item = await itemOf('Nämnden beslutar:\n1. Godkänna delårsrapporten.\n2. Uppdra åt förvaltningschefen att återkomma med en analys i oktober.');
    expect(decisionTexts(item)).toEqual(['att godkänna delårsrapporten', 'att uppdra åt förvaltningschefen att återkomma med en analys i oktober']);
    expect(item.decisions[1]!.owners.map((o) => o.text)).toEqual(['förvaltningschefen']);
  });
});

describe('decisions of other bodies', () => {
  it('a passive with another body as its agent reports that body\'s decision, not this meeting\'s', async () => {
    expect(decisionTexts(await itemOf('Budgeten antogs av kommunfullmäktige i november.'))).toEqual([]);
    expect(decisionTexts(await itemOf('Ansökan godkändes av nämnden.'))).toEqual(['Ansökan godkändes av nämnden']);
  });
});

describe('a minutes table\'s Beslut column', () => {
  it('holds the meeting\'s decisions, each sentence one, "att" or not; an official\'s task in it stays a task', async () => {
    const { recordOf } = await import('../support/minutes.js');
    const record = await recordOf([
      'Ledningsgrupp Måltidsservice', 'Minnesanteckningar 2025-11-04', '',
      ' Punkt                 Information/diskussion            Beslut                         Ansvarig   Klart till',
      ' 1. Ekonomi            EN redovisade prognosen: ett      Vid korttidsfrånvaro tas       EN         28/11',
      '                       underskott på 1,2 mnkr.           ingen vikarie in i köken.',
      ' 2. Skyltpolicy        Robert har tagit fram ett         Förslaget godkändes.           EN         21/4',
      '                       förslag till skyltpolicy.         Lisa skriver en',
      '                                                         tjänsteskrivelse till maj.',
    ].join('\n'));
    expect(record.items.map((i) => i.decisions.map((d) => d.text))).toEqual([['Vid korttidsfrånvaro tas ingen vikarie in i köken'], ['Förslaget godkändes']]);
    expect(record.items[1]!.actions.some((a) => a.text.startsWith('Lisa skriver en tjänsteskrivelse'))).toBe(true);
  });
});

describe('the agenda decided with a change', () => {
  it('"Dagordningen godkändes med tillägget … (§ 40)" is a decision though it names an item; "Ärendet X utgår" alone is a note', async () => {
    expect(decisionTexts(await itemOf('Dagordningen godkändes med tillägget Gåva av Edvard Lindqvists arkiv (§ 40).'))).toEqual(['Dagordningen godkändes med tillägget Gåva av Edvard Lindqvists arkiv (§ 40)']);
    expect(decisionTexts(await itemOf('Ärendet Markanvisning för kvarteret Sjöboden utgår.'))).toEqual([]);
  });
});

describe('an item that gives its decision first and describes the matter after it', () => {
  it('what the description tells is done elsewhere is no decision of the meeting', async () => {
    const item = await itemOf([
      'Kommunstyrelsens beslut',
      'Kommunstyrelsen beslutar att uppmana socialnämnden att redovisa en åtgärdsplan.',
      'Ärendebeskrivning',
      'Ekonomichefen föredrar ärendet. Revisorernas bedömning av delårsrapporten överlämnas direkt till kommunfullmäktige.',
    ].join('\n'));
    expect(decisionTexts(item)).toEqual(['att uppmana socialnämnden att redovisa en åtgärdsplan']);
  });
});

describe('a proposal to another body, then the matter described', () => {
  it('the proposal ends at "Ärendebeskrivning": the description\'s task is read, the proposal is no decision', async () => {
    const item = await itemOf([
      'Arbetsutskottets förslag till barn- och utbildningsnämnden',
      'Barn- och utbildningsnämnden fastställer läsårstider för läsåret 2026/2027 enligt förvaltningens förslag.',
      'Ärendebeskrivning',
      'Förvaltningschefen skickar förslaget till skolornas samverkansgrupper för synpunkter senast den 1 december 2025.',
    ].join('\n'), '2025-11-18');
    expect(decisionTexts(item)).toEqual([]);
    expect(item.actions.map((a) => [a.owners.map((o) => o.text), a.deadlines.map((d) => d.value)])).toEqual([[['Förvaltningschefen'], ['2025-12-01']]]);
  });
});
