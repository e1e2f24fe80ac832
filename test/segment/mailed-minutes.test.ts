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
