import { describe, expect, it } from 'vitest';
import { readParticipants } from '../../src/segment/participants.js';

describe('participants', () => {
  it('a line of one word of the language after the list ("Dagordning") is no person; a first name alone is', () => {
    const people = readParticipants(['Frånvarande:', 'Sven Alnäs, RSMH', 'Dagordning']);
    expect(people.map((p) => p.name)).toEqual(['Sven Alnäs']);
    expect(readParticipants(['Med:', 'Farah', 'Jonas']).map((p) => p.name)).toEqual(['Farah', 'Jonas']);
  });

  it('"TL Tord Lindahl (rch), LGr Linda Granat": the short form before the name is the initials; a line of column titles ends the list', () => {
    const people = readParticipants(['Närvarande: TL Tord Lindahl (rch), ÅN Åsa Nordqvist (stf rch), LGr Linda Granat (adm. chef)', 'Frånvarande: PS Peter Sjödin (ekonom)', 'Punkt Ansv Klart']);
    expect(people.map((p) => [p.name, p.initials, p.attendance])).toEqual([
      ['Tord Lindahl', 'TL', 'present'], ['Åsa Nordqvist', 'ÅN', 'present'], ['Linda Granat', 'LGr', 'present'], ['Peter Sjödin', 'PS', 'absent'],
    ]);
    // capitals that are no initials of the name stay out of it: "KS Anna Berg" is not Anna Berg's
    expect(readParticipants(['Närvarande: KS Anna Berg']).map((p) => p.initials)).not.toContain('KS');
  });

  it('reads "ordförande Olle Sten" as the role of the person before and the next person', () => {
    const people = readParticipants(['Närvarande: Anna Berg, ordförande Olle Sten']);
    expect(people.map((p) => [p.name, p.role])).toEqual([['Anna Berg', 'ordförande'], ['Olle Sten', null]]);
  });

  it('reads one running paragraph with a label after each sentence: roles in parentheses, "Från Gnistan:" in the same list, "Under punkt 4:" a guest', () => {
    const people = readParticipants([
      'Med på mötet: Elsa Nyberg (ordförande), Wilma Kask och Adam Piri. Från Gnistan: Jonna Lindh, fritidsledare, och Ahmed Salem, föreståndare. Under punkt 4: Lena Forsgren (S), ordförande i kultur- och fritidsnämnden.',
      'Inte med: Ville Ek, Saga Holm',
    ]);
    expect(people.map((p) => [p.name, p.role, p.attendance])).toEqual([
      ['Elsa Nyberg', 'ordförande', 'present'], ['Wilma Kask', null, 'present'], ['Adam Piri', null, 'present'],
      ['Jonna Lindh', 'fritidsledare', 'present'], ['Ahmed Salem', 'föreståndare', 'present'],
      ['Lena Forsgren', 'ordförande i kultur- och fritidsnämnden', 'guest'],
      ['Ville Ek', null, 'absent'], ['Saga Holm', null, 'absent'],
    ]);
  });

  it('reads "Med:" as the list of those there, first names with their roles in parentheses', () => {
    const people = readParticipants(['Med: Karin (bibliotekschef), Lotta, Samir, Birgitta (skyddsombud), Jenny och Oskar (bokbussförare)', 'Inte med: Anneli (ledig)']);
    expect(people.map((p) => [p.name, p.role, p.attendance])).toEqual([
      ['Karin', 'bibliotekschef', 'present'], ['Lotta', null, 'present'], ['Samir', null, 'present'], ['Birgitta', 'skyddsombud', 'present'],
      ['Jenny', null, 'present'], ['Oskar', 'bokbussförare', 'present'], ['Anneli', null, 'absent'],
    ]);
  });

  it('puts a label that a line break cut in two together ("… Adam Piri. Från" / "Gnistan: …"), and reads "Lena Forsgren (S), ordförande i …" as an entry', () => {
    const people = readParticipants([
      'Med på mötet: Elsa Nyberg (ordförande), Leia Söder och Adam Piri. Från',
      'Gnistan: Jonna Lindh, fritidsledare, och Ahmed Salem, föreståndare. Under punkt 4:',
      'Lena Forsgren (S), ordförande i kultur- och fritidsnämnden.',
    ]);
    expect(people.map((p) => [p.name, p.attendance])).toEqual([
      ['Elsa Nyberg', 'present'], ['Leia Söder', 'present'], ['Adam Piri', 'present'], ['Jonna Lindh', 'present'], ['Ahmed Salem', 'present'], ['Lena Forsgren', 'guest'],
    ]);
  });

  it('reads a form grid\'s cell of one person a line, a long role and a role\'s place included, and stops at the next label', () => {
    const people = readParticipants(['Deltagare:', 'Jonas Berglund (JB), projektledare, fastighetsavdelningen', 'Nina Forsberg (NF), verksamhetsutvecklare vård och omsorg',
      'Oskar Lind (OL), enhetschef Kvarnbacken', 'Maja Hedlund (MH), kostchef', 'Antecknare:', 'Cecilia Ahl']);
    expect(people.map((p) => [p.name, p.initials])).toEqual([['Jonas Berglund', 'JB'], ['Nina Forsberg', 'NF'], ['Oskar Lind', 'OL'], ['Maja Hedlund', 'MH']]);
    expect(people[2]!.role).toBe('enhetschef Kvarnbacken');
  });

  it('reads a long line of lower-case words after a list label in linear time', () => {
    // a pattern that lets a word split anywhere backtracked for minutes on such a line
    const line = `${'förvaltningen redovisar läget och diskuterar vidare '.repeat(3)}x`;
    const started = performance.now();
    readParticipants(['Närvarande:', line, line + ' y', line + ' z']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the auditors\' lists', () => {
  it('reads "Närvarande revisorer" and "Sakkunniga biträden, Hallberg Revision AB" as lists, and a party code in parentheses as no initials', () => {
    const people = readParticipants([
      'Närvarande revisorer', 'Gunnel Åkerlund (S), ordförande', 'Roland Björkman (SD)', 'Sara Dahl (SD)',
      'Förhinder', 'Marianne Frisk (V)',
      'Sakkunniga biträden, Hallberg Revision AB', 'Mattias Ek, revisionskonsult',
    ]);
    expect(people.map((p) => [p.name, p.initials, p.role, p.attendance])).toEqual([
      ['Gunnel Åkerlund', null, 'ordförande', 'present'],
      ['Roland Björkman', null, null, 'present'],
      ['Sara Dahl', 'SD', null, 'present'],
      ['Marianne Frisk', null, null, 'absent'],
      ['Mattias Ek', null, 'revisionskonsult', 'present'],
    ]);
  });
});

describe('a samverkansgrupp\'s two sides', () => {
  it('reads a list kept by organisation, one line each ("Region Västmark   Karin Holm, …; Per Ek, …"): the organisation is no part of a name, a unit named after a role is the role\'s place', () => {
    const people = readParticipants([
      'Deltagare:',
      'Region Västmark Karin Holm, enhetschef Vårdcentralen Söder; Per Ek, överläkare',
      'Sälvik kommun Tina Berg, socialsekreterare',
      'Försäkringskassan Omar Said, handläggare',
      'Frånvarande: Eva Lund, Sälvik kommun',
    ]);
    expect(people.map((p) => [p.name, p.role, p.attendance])).toEqual([
      ['Karin Holm', 'enhetschef Vårdcentralen Söder', 'present'], ['Per Ek', 'överläkare', 'present'],
      ['Tina Berg', 'socialsekreterare', 'present'], ['Omar Said', 'handläggare', 'present'], ['Eva Lund', 'Sälvik kommun', 'absent'],
    ]);
  });

  it('reads "Ersättare:" and "Tjänstepersoner:" as lists of those there, and a sentence in the list naming who came for one point as a guest', () => {
    const people = readParticipants([
      'Ledamöter: Ewa Lind (S), ordförande, Johan Berg (M)',
      'Ersättare: Mona Åberg (KD)',
      'Tjänstepersoner: Erik Sand, kommunsekreterare. Linda Ström deltog under punkten om valinformation.',
    ]);
    expect(people.map((p) => [p.name, p.attendance])).toEqual([
      ['Ewa Lind', 'present'], ['Johan Berg', 'present'], ['Mona Åberg', 'present'], ['Erik Sand', 'present'], ['Linda Ström', 'guest'],
    ]);
  });

  it('reads each side\'s list, a union or a role with a capital naming the person before it', () => {
    const people = readParticipants([
      'Närvarande',
      'Arbetsgivaren: Eva Holm, förvaltningschef, Jan Berg, HR-strateg',
      'Arbetstagarna: Lena Ek, Lärarförbundet, Ali Nour, Kommunal',
    ]);
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Eva Holm', 'förvaltningschef'], ['Jan Berg', 'HR-strateg'], ['Lena Ek', 'Lärarförbundet'], ['Ali Nour', 'Kommunal'],
    ]);
  });
});

describe('an older protocol\'s list with each role before its person', () => {
  it('a role alone is the next person\'s, a plural role holds for the names after it, "tjänstgörande för …" names no one there, "Dessutom närvoro …" the officials as guests', () => {
    const people = readParticipants([
      'Närvarande: ordföranden, fabrikör Nils Ahlgren, vice ordföranden,',
      'folkskollärare Einar Blom, ledamöterna fru Margit Sahlin, lokförare Gunnar Lind',
      'och hemmansägare Axel Forsberg samt suppleanten, kassörskan Ingrid Wall,',
      'tjänstgörande för ledamoten Sven Öhman.',
      'Dessutom närvoro stadskamreraren Tage Wiklund, tillika sekreterare, samt',
      'stadsingenjören Bertil Ros under §§ 33-35.',
    ]);
    expect(people.map((p) => [p.name, p.role, p.attendance])).toEqual([
      ['Nils Ahlgren', 'ordföranden', 'present'], ['Einar Blom', 'vice ordföranden', 'present'],
      ['Margit Sahlin', 'ledamot', 'present'], ['Gunnar Lind', 'ledamot', 'present'], ['Axel Forsberg', 'ledamot', 'present'],
      ['Ingrid Wall', 'suppleanten', 'present'], ['Tage Wiklund', 'stadskamreraren', 'guest'], ['Bertil Ros', 'stadsingenjören', 'guest'],
    ]);
  });

  it('"… Erik Sundin. Dessutom" over "närvarade kommunalkamreren …": the sentence of the officials cut by the line\'s end; a role waiting for its person on the next line', () => {
    const people = readParticipants([
      'Närvarande: ordföranden Harald Engström, ledamöterna Elsa Pettersson och Nils Öberg samt',
      'suppleanten Arne Blomqvist, tjänstgörande för ledamoten Erik Sundin. Dessutom',
      'närvarade kommunalnämndens ordförande Gustav Lund samt kommunalkamreren',
      'Birger Holmgren såsom sekreterare.',
    ]);
    expect(people.map((p) => [p.name, p.role, p.attendance])).toEqual([
      ['Harald Engström', 'ordföranden', 'present'], ['Elsa Pettersson', 'ledamot', 'present'], ['Nils Öberg', 'ledamot', 'present'],
      ['Arne Blomqvist', 'suppleanten', 'present'], ['Gustav Lund', 'kommunalnämndens ordförande', 'guest'], ['Birger Holmgren', 'kommunalkamreren', 'guest'],
    ]);
  });
});
