/**
 * Minutes sent as an e-mail: Outlook's head (Från / Skickat / Ämne), a greeting, who came under
 * "Med på mötet:" grouped by the side they speak for, and the points typed after arrows.
 */
import { describe, expect, it } from 'vitest';
import { deadlineValues, ownerTexts, recordOf } from '../support/minutes.js';

// as pdftotext prints an e-mail's head: the labels first, their values after them
const mailed = `Från:
Skickat:
Till:
Ämne:

Jonas Ek <jonas.ek@example.se>
den 12 november 2025 08:41
Funktionsrättsrådet
Minnesanteckningar från rådet 10 november

Hej! Här kommer anteckningarna från rådets möte 10 november. Säg till om något saknas.
Med på mötet:
Politiker: Anna Berg (C), ordförande, och Per Holm (S)
DHR: Eva Lind och Sune Wall
Förvaltningen: Lisa Moberg, handläggare, och jag, Jonas Ek
→ Välkomna
Anna hälsade alla välkomna.
→ Färdtjänsten
Många resor har blivit sena i höst. Tekniska nämnden ska fatta beslut om ny upphandling i februari.
DHR samlar in exempel på sena resor och skickar dem till mig senast 30 november, så tar Lisa med dem till trafikenheten.
→ Tillgänglighet i parkerna
Eva berättade om nya ramper vid dammen.
→ Övrigt
Nästa möte är den 9 februari.
Hälsningar
Jonas
`;

describe('minutes sent as an e-mail', () => {
  it('finds the points after the arrows, and the meeting date the letter names (not when it was sent)', async () => {
    const record = await recordOf(mailed);
    expect(record.items.map((i) => i.title)).toEqual(['Välkomna', 'Färdtjänsten', 'Tillgänglighet i parkerna', 'Övrigt']);
    expect(record.meeting.date).toBe('2025-11-10');
  });

  it('reads who came from lines labelled with the side they speak for', async () => {
    const record = await recordOf(mailed);
    expect(record.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Anna Berg', 'Per Holm', 'Eva Lind', 'Sune Wall', 'Lisa Moberg']));
  });

  it('gives the task to the subject after "så tar", and none to a nämnd that will decide later', async () => {
    const item = (await recordOf(mailed)).items[1]!;
    expect(ownerTexts(item)).toEqual(['DHR', 'Lisa']);
    expect(deadlineValues(item)).toEqual(['2025-11-30']);
  });
});

// a presidium's notes as a letter: the meeting's day only in the subject ("14/11") and as "i
// tisdags"; the year that of the sent line; the points numbered, each title set off by a dash
const presidium = (subject: string) => `Från: Ninni Holm
Skickat: den 16 november 2023 10:42
Till: Lars-Åke Brandt; Helena Sörqvist
Kopia: Patrik Sand
Ämne: ${subject}

Hej alla,
Vi sågs i tisdags på presidiemötet, Lars-Åke, Helena och jag. Här kommer mina anteckningar.
1. Decemberfullmäktige – Vi gick igenom ärendelistan för KF den 11 december.
Jag ordnar kungörelsen senast 1/12. Patrik kollar om webbsändningen kan förlängas.
2. Obesvarade motioner – Enligt arbetsordningen ska en motion besvaras inom ett
år. Helena tar upp det med kommunstyrelsens ordförande.
3. Julbord – Alla ledamöter och ersättare anmäler sig till mig senast v. 48.
Hälsningar
Ninni
`;

describe('a letter that names its meeting only in its subject or as "i tisdags"', () => {
  it('dates the meeting by the subject\'s "14/11" in the year the letter was sent', async () => {
    expect((await recordOf(presidium('Anteckningar presidiet 14/11'))).meeting.date).toBe('2023-11-14');
  });

  it('dates it by "Vi sågs i tisdags": the Tuesday before the Thursday it was sent', async () => {
    expect((await recordOf(presidium('Anteckningar från presidiet'))).meeting.date).toBe('2023-11-14');
  });

  it('titles the points by the words before the dash', async () => {
    const record = await recordOf(presidium('Anteckningar presidiet 14/11'));
    expect(record.items.map((i) => [i.number, i.title])).toEqual([['1', 'Decemberfullmäktige'], ['2', 'Obesvarade motioner'], ['3', 'Julbord']]);
  });

  it('knows the people of its head, and "jag" as the one who sent it', async () => {
    const record = await recordOf(presidium('Anteckningar presidiet 14/11'));
    expect(record.participants.map((p) => p.name)).toEqual(['Ninni Holm', 'Lars-Åke Brandt', 'Helena Sörqvist', 'Patrik Sand']);
    expect(record.meeting.secretary?.name).toBe('Ninni Holm');
    const [kf, motioner, julbord] = record.items;
    expect(kf!.actions.map((a) => [a.owners.map((o) => o.name), a.deadlines.map((d) => d.value)])).toEqual([[['Ninni Holm'], ['2023-12-01']], [['Patrik Sand'], []]]);
    // the standing order's year to answer a motion is no task's deadline
    expect(motioner!.actions.flatMap((a) => a.deadlines)).toEqual([]);
    // one quantifier over both nouns: one group
    expect(ownerTexts(julbord!)).toEqual(['Alla ledamöter och ersättare']);
  });
});
