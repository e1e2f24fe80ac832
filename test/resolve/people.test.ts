import { describe, expect, it } from 'vitest';
import { resolveOwner } from '../../src/resolve/people.js';
import type { Person } from '../../src/record/schema.js';

const participants = [
  { name: 'Gun-Britt Ek', initials: null, role: 'kommunalråd', attendance: 'present' },
  { name: 'Ingrid Moberg', initials: 'IM', role: 'socialchef', attendance: 'present' },
  { name: 'Ingrid Sund', initials: 'IS', role: 'PRO', attendance: 'present' },
  { name: 'Rolf Hägg', initials: null, role: 'PRO', attendance: 'present' },
] as Person[];

describe('an owner written by first name', () => {
  it('is the one participant of that first name, hyphen or not ("GunBritt" from text that lost it)', () => {
    expect(resolveOwner('Gun-Britt', participants).name).toBe('Gun-Britt Ek');
    expect(resolveOwner('GunBritt', participants).name).toBe('Gun-Britt Ek');
    expect(resolveOwner('Rolf', participants).name).toBe('Rolf Hägg');
  });

  it('stays a first name when two participants share it', () => {
    expect(resolveOwner('Ingrid', participants).name).toBe('Ingrid');
  });
});

describe('a unit owner', () => {
  it('is nobody\'s name: "Kansliet" and "Äldreomsorgen" keep their text only', () => {
    expect(resolveOwner('Kansliet', []).name).toBeNull();
    expect(resolveOwner('Äldreomsorgen', []).name).toBeNull();
    expect(resolveOwner('Omar', []).name).toBe('Omar');
  });
});

describe('an owner written with initials in parentheses', () => {
  it('"Socialchefen (IM)", "Ingrid (IS)": the initials name the person; unknown initials leave the role or name before them', () => {
    expect(resolveOwner('Socialchefen (IM)', participants)).toMatchObject({ text: 'Socialchefen (IM)', name: 'Ingrid Moberg', initials: 'IM' });
    expect(resolveOwner('Ingrid (IS)', participants).name).toBe('Ingrid Sund');
    expect(resolveOwner('Rolf (RX)', participants)).toMatchObject({ text: 'Rolf (RX)', name: 'Rolf Hägg' });
  });
});

describe('a role with its body\'s name and the person after it', () => {
  it('"Kommunalnämndens ordförande Gustav Lund": the name is the person\'s, the body goes with the role', () => {
    const owner = resolveOwner('Kommunalnämndens ordförande Gustav Lund', []);
    expect([owner.name, owner.role]).toEqual(['Gustav Lund', 'Kommunalnämndens ordförande']);
  });
});

describe('a role written short', () => {
  it('"Ordf." is the one participant who chairs, "Sekr." the role where nobody is known to hold it', () => {
    const board = [{ name: 'Ulla Granqvist', initials: null, role: 'ordförande', attendance: 'present' }] as Person[];
    expect(resolveOwner('Ordf.', board).name).toBe('Ulla Granqvist');
    expect(resolveOwner('Sekr.', board)).toMatchObject({ name: null, role: 'sekreterare' });
  });
});

describe('a staff code', () => {
  const stab = [
    { name: 'Tomas Ek', initials: 'TE', role: 'S4 Logistik och försörjning', attendance: 'present' },
    { name: 'Sara Holm', initials: 'SH', role: 'K Kommunikation', attendance: 'present' },
    { name: 'Mira Lindqvist', initials: 'ML', role: 'S2', attendance: 'present' },
  ] as Person[];

  it('"S4", "K": the one participant whose function the code opens; a code nobody\'s function opens stays as written', () => {
    expect(resolveOwner('S4', stab)).toMatchObject({ text: 'S4', name: 'Tomas Ek', initials: 'TE' });
    expect(resolveOwner('K', stab).name).toBe('Sara Holm');
    expect(resolveOwner('S2', stab).name).toBeNull();
    expect(resolveOwner('S3', stab).name).toBeNull();
  });

  it('"LGr": initials as the participant list writes them, a small letter in them', () => {
    expect(resolveOwner('LGr', [{ name: 'Linda Granat', initials: 'LGr', role: null, attendance: 'present' }]).name).toBe('Linda Granat');
  });
});

describe('an owner with what they see to in parentheses', () => {
  it('"IM (taket)" is IM, written as it stands; "Rolf (PRO-mötet)" is Rolf', () => {
    expect(resolveOwner('IM (taket)', participants)).toMatchObject({ text: 'IM (taket)', name: 'Ingrid Moberg' });
    expect(resolveOwner('Rolf (PRO-mötet)', participants).name).toBe('Rolf Hägg');
  });
});
