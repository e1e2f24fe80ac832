import { describe, expect, it } from 'vitest';
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
  });

  it('a weekday is the first such day after the meeting; "inom två veckor" counts from it', async () => {
    expect(deadlineValues(await itemOf('Önskemål lämnas till Lisa senast fredag.'))).toEqual(['2025-01-17']);
    expect(deadlineValues(await itemOf('Alla ska ha gått utbildningen inom två veckor.'))).toEqual(['2025-01-28']);
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
});
