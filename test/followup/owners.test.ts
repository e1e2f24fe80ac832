/** Owners and people, the pure part: keys, resolution in time, owner queries, the directory. */
import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../src/people/directory.js';
import { initialsKey, nameKey, personKeys, roleKey } from '../../src/people/keys.js';
import { matchOwner, ownerQueryKeys } from '../../src/people/owner-query.js';
import { MentionIndex, resolveOwner, type Mention } from '../../src/people/resolve.js';

function mention(meetingId: string, when: string, name: string, initials: string | null, role: string | null, bodyKey = 'flg'): Mention {
  const k = personKeys({ name, initials, role });
  return { meetingId, when, bodyKey, meetingLabel: `${bodyKey} ${when}`, name, initials, role, ...k };
}

describe('keys', () => {
  it('fold spelling variants of names, role forms and initials', () => {
    expect(nameKey('Ullrika Skeppstedt')).toBe(nameKey('Ulrika Skeppstedt'));
    expect(nameKey('Karolina Håkansson')).toBe(nameKey('Karolina Hakansson'));
    expect(nameKey('Karolina')).toBeNull();
    expect(roleKey('HR-chefen')).toBe(roleKey('HR-chef'));
    expect(roleKey('Socialdirektören')).toBe(roleKey('Socialdirektör'));
    expect(roleKey('Tf verksamhetschef')).toBe(roleKey('Verksamhetscheferna'));
    expect(initialsKey('KH')).toBe('kh');
  });
  it('read an owner written only as text', () => {
    expect(personKeys({ text: 'Karolina Håkansson', name: null, initials: null, role: null })).toMatchObject({ nameKey: 'karolina hakanson', roleKey: null });
    expect(personKeys({ text: 'KH', name: null, initials: null, role: null })).toMatchObject({ initialsKey: 'kh', nameKey: null });
    expect(personKeys({ text: 'HR-chef', name: null, initials: null, role: null })).toMatchObject({ roleKey: 'hr chef', nameKey: null, initialsKey: null });
    expect(personKeys({ text: 'Annika', name: null, initials: null, role: null })).toMatchObject({ firstKey: 'anika', nameKey: null });
  });
});

describe('resolveOwner', () => {
  const mentions = new MentionIndex([
    mention('m2022', '2022-03-21', 'Anna Berg', 'AB', 'HR-chef', 'fsg'),
    mention('m2024', '2024-04-02', 'Karolina Håkansson', 'KH', 'HR-chef'),
    mention('m2024', '2024-04-02', 'Katarina Lindqvist', 'KL', 'Fastighetschef'),
    mention('m2023', '2023-02-27', 'Katarina Lückander', 'KL', null, 'flg vof'),
  ]);
  const hrChef = personKeys({ text: 'HR-chef', name: null, initials: null, role: 'HR-chef' });

  it('gives a role the person who held it nearest the meeting date', () => {
    expect(resolveOwner(hrChef, { id: 'm2025', when: '2025-07-01', bodyKey: null }, mentions)).toMatchObject({ name: 'Karolina Håkansson', via: 'role', evidence: { meetingId: 'm2024' } });
    expect(resolveOwner(hrChef, { id: 'm2021', when: '2021-06-01', bodyKey: null }, mentions)).toMatchObject({ name: 'Anna Berg' });
  });
  it('prefers the meeting itself, then the same body', () => {
    const kl = personKeys({ text: 'KL', name: null, initials: null, role: null });
    expect(resolveOwner(kl, { id: 'm2023', when: '2023-02-27', bodyKey: 'flg vof' }, mentions)?.name).toBe('Katarina Lückander');
    expect(resolveOwner(kl, { id: 'x', when: '2023-03-01', bodyKey: 'flg' }, mentions)?.name).toBe('Katarina Lindqvist');
  });
  it('leaves an owner nobody in the archive answers to unresolved', () => {
    expect(resolveOwner(personKeys({ text: 'Stabschef', name: null, initials: null, role: null }), { id: 'x', when: '2025-01-01', bodyKey: null }, mentions)).toBeNull();
  });

  it('matches an owner query by name, initials or role through the resolution', () => {
    const ctx = { id: 'm2025', when: '2025-07-01', bodyKey: null };
    const resolution = resolveOwner(hrChef, ctx, mentions);
    for (const q of ['Karolina Håkansson', 'KH', 'HR-chef']) expect(matchOwner(ownerQueryKeys(q), hrChef, resolution, ctx, mentions)).not.toBeNull();
    expect(matchOwner(ownerQueryKeys('Anna Berg'), hrChef, resolution, ctx, mentions)).toBeNull();
  });
});

describe('buildDirectory', () => {
  it('gathers one person under name variants, initials and roles over time', () => {
    const people = buildDirectory([
      mention('a', '2023-01-10', 'Ullrika Skeppstedt', 'US', 'Verksamhetschef VUX'),
      mention('b', '2024-04-02', 'Ulrika Skeppstedt', 'US', 'Tf Verksamhetschef VUX'),
      mention('c', '2024-05-02', 'Ulrika Skeppstedt', null, 'Avdelningschef'),
      mention('c', '2024-05-02', 'Karolina Håkansson', 'KH', 'HR-chef'),
    ]);
    expect(people.map((p) => p.name)).toEqual(['Karolina Håkansson', 'Ulrika Skeppstedt']);
    expect(people[1]).toMatchObject({
      names: ['Ulrika Skeppstedt', 'Ullrika Skeppstedt'], initials: ['US'], meetings: 3, firstSeen: '2023-01-10', lastSeen: '2024-05-02',
      roles: [
        { role: 'Verksamhetschef VUX', from: '2023-01-10', to: '2024-04-02', meetings: 2 },
        { role: 'Avdelningschef', from: '2024-05-02', to: '2024-05-02', meetings: 1 },
      ],
    });
  });
});
