/**
 * Every rule unit's examples are its tests: the Swedish sentence in, the values the unit reads
 * out of it. A rule added to a registry is tested here without a line more.
 */
import { describe, expect, it } from 'vitest';
import { OWNER_RULES } from '../../src/extract/owners/rules.js';

const noParticipants = { participants: [] };

describe.each(OWNER_RULES.map((rule) => [rule.name, rule] as const))('owner rule "%s"', (_name, rule) => {
  it.each(rule.examples.map((e) => [e.text, e.expected] as const))('%s -> %j', (text, expected) => {
    expect(rule.find(text, noParticipants).flatMap((hit) => hit.owners)).toEqual(expected);
  });
});
