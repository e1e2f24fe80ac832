import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines/index.js';
import { deadlineValues, itemOf } from '../support/minutes.js';

// the meeting of these minutes is on Tuesday 14 January 2025
describe('deadlines, resolved against the meeting date', () => {
  it('a date without a year is the first such date on or after the meeting', async () => {
    expect(deadlineValues(await itemOf('Återkoppling till FLG den 28 januari.'))).toEqual(['2025-01-28']);
    expect(deadlineValues(await itemOf('Förslag mejlas till Anna senast den 7 januari.'))).toEqual(['2026-01-07']);
    expect(deadlineValues(await itemOf('Rapporten ska vara klar senast 28/2.'))).toEqual(['2025-02-28']);
  });

  it('months, seasons, quarters and weeks', async () => {
    expect(deadlineValues(await itemOf('Återkopplas till FLG i mars månad.'))).toEqual(['2025-03']);
    expect(deadlineValues(await itemOf('Utvärdering september månad 2025.'))).toEqual(['2025-09']);
    expect(deadlineValues(await itemOf('Vi ser inte att vi kan delta förrän till hösten.'))).toEqual(['2025-23']);
    expect(deadlineValues(await itemOf('Planen ska vara klar före jul.'))).toEqual(['2025-12']);
    expect(deadlineValues(await itemOf('Rapporten redovisas Q3.'))).toEqual(['2025-35']);
    expect(deadlineValues(await itemOf('Anna återkommer med schema i vecka 5.'))).toEqual(['2025-01-31']);
    // a weekday with its week is that day of the week, one deadline
    expect(deadlineValues(await itemOf('Synpunkter lämnas till Anna senast måndag vecka 5.'))).toEqual(['2025-01-27']);
    // a week a few weeks back is the last list's, this year's; one long gone is next year's
    expect(deadlineValues(await itemOf('Köpa in nya madrasser – Amir, klart v. 39.', '2025-10-08'))).toEqual(['2025-09-26']);
    expect(deadlineValues(await itemOf('Anna återkommer med schema i vecka 12.', '2025-10-08'))).toEqual(['2026-03-20']);
  });

  it('a weekday is the first such day after the meeting; "inom två veckor" counts from it', async () => {
    expect(deadlineValues(await itemOf('Önskemål lämnas till Lisa senast fredag.'))).toEqual(['2025-01-17']);
    expect(deadlineValues(await itemOf('Alla ska ha gått utbildningen inom två veckor.'))).toEqual(['2025-01-28']);
    // (the meeting is Tuesday 14 January: "fredag nästa vecka" is the Friday of the week after, not this week's)
    expect(deadlineValues(await itemOf('Josefin kontaktar gymnasiet senast fredag nästa vecka.'))).toEqual(['2025-01-24']);
    expect(deadlineValues(await itemOf('LH skickar ut enkäten senast måndag nästa vecka.'))).toEqual(['2025-01-20']);
  });

  it('"nästa möte" and its kin are relative', async () => {
    expect(deadlineValues(await itemOf('Fundera och ta upp på nästa FLG.'))).toEqual(['next-meeting']);
    expect(deadlineValues(await itemOf('Flyttas till nästa månads FSG.'))).toEqual(['next-meeting']);
  });

  it('dates of events, start dates and periods are not deadlines', async () => {
    expect(deadlineValues(await itemOf('Presenterar programmet för workshop på chefsdagen 3 mars.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Hon kommer från och med april inte att fortsätta som representant.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Projektet pausas under våren och startar efter sommaren.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Tid: måndagen den 17 mars kl. 10.00 – 15.00.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Identifiera aktiviteter som stärker ledarskapet under 2025.'))).toEqual([]);
  });
});

describe('more deadline forms', () => {
  it('"till årsskiftet" is December, "uppföljning i oktober" is a follow-up date', async () => {
    expect(deadlineValues(await itemOf('Rutinen ska vara klar till årsskiftet.'))).toEqual(['2025-12']);
    expect(deadlineValues(await itemOf('Uppföljning i ledningsgruppen i oktober.'))).toEqual(['2025-10']);
  });

  it('ordinal days, ISO dates, the end of a month', async () => {
    expect(deadlineValues(await itemOf('Synpunkter på planen lämnas till Karin senast den 3:e februari.'))).toEqual(['2025-02-03']);
    expect(deadlineValues(await itemOf('Revisionsrapporten ska vara inlämnad senast 2025-04-30.'))).toEqual(['2025-04-30']);
    expect(deadlineValues(await itemOf('Kassören återkommer med ett budgetförslag i slutet av april.'))).toEqual(['2025-04']);
  });

  it('before Christmas and before the turn of the year are December; before the summer break is summer', async () => {
    expect(deadlineValues(await itemOf('Inventeringen av förråden ska vara gjord före årsskiftet.'))).toEqual(['2025-12']);
    expect(deadlineValues(await itemOf('Förslag på nya öppettider redovisas innan sommaruppehållet.'))).toEqual(['2025-22']);
  });

  it('a week number is the Friday of that ISO week, in whichever way it is written', async () => {
    expect(deadlineValues(await itemOf('Nya skyltar beställs, klart v. 12'))).toEqual(['2025-03-21']);
    expect(deadlineValues(await itemOf('Ekonomen tar fram en prognos till vecka 40.'))).toEqual(['2025-10-03']);
  });

  it('"inom en månad" is one calendar month after the meeting; "nästa vecka" the Friday of the week after', async () => {
    expect(deadlineValues(await itemOf('Fastighetsskötaren skickar en offert inom en månad.'))).toEqual(['2025-02-14']);
    expect(deadlineValues(await itemOf('Ordföranden skickar ut förslaget nästa vecka.'))).toEqual(['2025-01-24']);
    expect(deadlineValues(await itemOf('Kvittona lämnas till kassören senast den 20:e.'))).toEqual(['2025-01-20']);
  });

  it('a year is a deadline after "senast", not when something runs "under" it', async () => {
    expect(deadlineValues(await itemOf('Samtliga lokaler ska vara tillgänglighetsanpassade senast 2027.'))).toEqual(['2027']);
    expect(deadlineValues(await itemOf('Renoveringen av köket genomförs under 2026.'))).toEqual([]);
  });

  it('the next meeting, the board\'s next meeting, the next workplace meeting', async () => {
    expect(deadlineValues(await itemOf('Sekreteraren tar fram ett förslag till styrelsens nästa möte.'))).toEqual(['next-meeting']);
    expect(deadlineValues(await itemOf('Omar och Lina planerar friskvårdsdagen till nästa APT.'))).toEqual(['next-meeting']);
    expect(deadlineValues(await itemOf('Nästa möte hålls den 11 februari i Stora salen.'))).toEqual([]);
  });

  it('deadlines written inline', async () => {
    expect(deadlineValues(await itemOf('Uppdatera kontaktlistan. Deadline: 30/9'))).toEqual(['2025-09-30']);
    expect(deadlineValues(await itemOf('Beställa nya skåp till personalrummet, klart senast 15/3.'))).toEqual(['2025-03-15']);
    expect(deadlineValues(await itemOf('Sista anmälningsdag till kursen är den 5 februari.'))).toEqual(['2025-02-05']);
  });

  it('report-backs to the meeting or a body', async () => {
    expect(deadlineValues(await itemOf('Utredningen ska återrapporteras till nämnden senast i oktober 2025.'))).toEqual(['2025-10']);
    expect(deadlineValues(await itemOf('Resultatet av enkäten redovisas vid nämndens sammanträde i mars.'))).toEqual(['2025-03']);
    expect(deadlineValues(await itemOf('Kommunikatören återkommer med ett förslag på ny logotyp under våren.'))).toEqual(['2025-21']);
  });
});

describe('dates that are not deadlines', () => {
  it('events: planning days, annual meetings, inaugurations, trainings, meetings', async () => {
    expect(deadlineValues(await itemOf('Planeringsdagen för alla enhetschefer hålls den 12 mars.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Föreningens årsstämma hålls den 24 april på Folkets hus.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Invigning av den nya lekplatsen sker den 15 augusti.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Utbildningen i brandskydd genomförs den 4 mars kl. 13.00.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Byggstart för den nya förskolan är planerad till september.'))).toEqual([]);
  });

  it('a period from one day to another, a day a meeting is planned for', async () => {
    expect(deadlineValues(await itemOf('Turistbyrån har sommaröppet från den 16 juni till den 17 augusti.', '2025-05-20'))).toEqual([]);
    expect(deadlineValues(await itemOf('Träffen planeras till torsdagen den 16 april.', '2026-03-20'))).toEqual([]);
  });

  it('another\'s request told as background; the meeting\'s own answer to it is due', async () => {
    expect(deadlineValues(await itemOf('Länsstyrelsen har begärt kommunens yttrande senast den 4 april 1997.', '1997-03-10'))).toEqual([]);
    expect(deadlineValues(await itemOf('Enligt avtalet ska besked om sommarsemester lämnas senast den 31 mars.', '2026-03-10'))).toEqual([]);
    expect(deadlineValues(await itemOf('Förvaltningen skickar yttrandet till länsstyrelsen senast den 4 april.', '1997-03-10'))).toEqual(['1997-04-04']);
  });

  it('when rules apply, and periods', async () => {
    expect(deadlineValues(await itemOf('De nya taxorna gäller från och med den 1 juli.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Den nya lagen om bostadsanpassning träder i kraft den 1 januari 2026.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Ersättaren väljs för mandatperioden till och med den 31 december 2026.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Simhallen håller stängt under perioden 3–16 mars för underhåll.'))).toEqual([]);
  });

  it('dates of decisions already taken, and of other bodies\' decisions to come', async () => {
    expect(deadlineValues(await itemOf('Kommunfullmäktige beslutade 2019-03-25 § 41 att anta riktlinjerna.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Kommunstyrelsen har 2024-11-12 § 88 gett förvaltningen i uppdrag att ta fram en plan senast den 30 juni 2025.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Regionfullmäktige fattar beslut om den nya färdtjänsttaxan i juni.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Länsstyrelsens beslut 2024-12-03 om bidrag till projektet anmäls.'))).toEqual([]);
  });

  it('dates inside a proposal that the meeting did not make its own', async () => {
    expect(deadlineValues(await itemOf('Motionären föreslår att kommunen inför gratis busskort för alla pensionärer senast 2026.'))).toEqual([]);
  });

  it('"Löpande" and recurring dates', () => {
    expect(findDeadlines('Klart: Löpande')).toEqual([]);
    expect(findDeadlines('Statistiken redovisas för nämnden i mars varje år.')).toEqual([]);
  });

  it('what happened at a date', async () => {
    expect(deadlineValues(await itemOf('Brandövningen genomfördes den 10 januari med gott resultat.'))).toEqual([]);
    expect(deadlineValues(await itemOf('Sekreteraren kallar till ett extra möte i vecka 6.'))).toEqual([]);
  });
});

describe('deadline kinds', () => {
  it('names what is to happen by the date', () => {
    expect(findDeadlines('Översynen ska återrapporteras till styrelsen senast i oktober.').map((d) => d.kind)).toEqual(['report-back']);
    expect(findDeadlines('Beslut kommer att fattas på ledningsgruppen den 11 februari.').map((d) => d.kind)).toEqual(['decision']);
    expect(findDeadlines('Insatsen utvärderas i september.').map((d) => d.kind)).toEqual(['evaluation']);
    expect(findDeadlines('Planen ska vara klar senast den 1 mars.').map((d) => d.kind)).toEqual(['due']);
  });
});

describe('the next meeting named with its date', () => {
  it.each([
    ['Förvaltningen återkommer till nästa sammanträde den 14 april.', ['den 14 april']],
    ['Lisa återkommer till nästa möte 2025-04-14.', ['2025-04-14']],
    ['Lisa återkommer till nästa möte.', ['till nästa möte']],
    ['Nästa möte hålls den 14 april.', []],
  ])('%s -> %j: the date is the deadline, the meeting no second one', (sentence, expected) => {
    expect(findDeadlines(sentence).map((d) => d.text)).toEqual(expected);
  });
});
