/**
 * Every rule unit's examples are its tests: the Swedish sentence in, the values the unit reads
 * out of it. A rule added to a registry is tested here without a line more.
 */
import { describe, expect, it } from 'vitest';
import { DATE_FORMS, findDateMentions } from '../../src/extract/dates.js';
import { DEADLINE_RULES } from '../../src/extract/deadlines/index.js';
import { DECISION_RULES } from '../../src/extract/decisions/index.js';
import type { DecisionOptions } from '../../src/extract/decisions/index.js';
import { OWNER_RULES, ownersAfterDash } from '../../src/extract/owners/rules.js';
import { itemNumber, pointMarker, presenters, timeSlot, typeCodes, typedHeading } from '../../src/segment/rules/index.js';

const noParticipants = { participants: [] };

describe.each([...OWNER_RULES, ownersAfterDash].map((rule) => [rule.name, rule] as const))('owner rule "%s"', (_name, rule) => {
  it.each(rule.examples.map((e) => [e.text, e.expected] as const))('%s -> %j', (text, expected) => {
    expect(rule.find(text, noParticipants).flatMap((hit) => hit.owners)).toEqual(expected);
  });
});

describe.each(DATE_FORMS.map((form) => [form.name, form] as const))('date form "%s"', (_name, form) => {
  it.each(form.examples.map((e) => [e.text, e.expected] as const))('%s -> %j', (text, expected) => {
    expect(form.find(text).map((m) => m.parts)).toEqual(expected);
  });
  // one chrono instance reads every form: the whole reader reads each example as the form does
  it.each(form.examples.map((e) => [e.text, e.expected] as const))('the Swedish reader: %s -> %j', (text, expected) => {
    expect(findDateMentions(text).map((m) => m.parts)).toEqual(expect.arrayContaining(expected));
  });
});

describe.each(DEADLINE_RULES.map((rule) => [rule.name, rule] as const))('deadline refiner "%s"', (_name, rule) => {
  it.each(rule.examples.map((e) => [e.text, e.expected, e.context ?? {}] as const))('%s -> %j (%j)', (text, expected, context) => {
    expect(rule.find(text, context).map((s) => [s.text, s.verdict])).toEqual(expected);
  });
});

const runningText: DecisionOptions = { inDecisionColumn: false, inProposal: false, meetingBody: null };

describe.each(DECISION_RULES.map((rule) => [rule.name, rule] as const))('decision rule "%s"', (_name, rule) => {
  it.each(rule.examples.map((e) => [e.text, e.expected, e.context ?? {}] as const))('%s -> %j (%j)', (text, expected, context) => {
    expect(rule.find(text, { ...runningText, ...context }).flatMap((r) => r.decisions.map((d) => d.text))).toEqual(expected);
  });
});

describe('heading rules', () => {
  it.each(itemNumber.examples.map((e) => [e.text, e.expected] as const))(`${itemNumber.name}: %s -> %j`, (text, expected) => {
    expect(itemNumber.find(text, undefined).map((n) => [n.number, n.rest])).toEqual(expected);
  });
  it.each(typeCodes.examples.map((e) => [e.text, e.expected] as const))(`${typeCodes.name}: %s -> %j`, (text, expected) => {
    expect(typeCodes.find(text, undefined).map((c) => [c.itemTypes, c.rest])).toEqual(expected);
  });
  it.each(presenters.examples.map((e) => [e.text, e.expected] as const))(`${presenters.name}: %s -> %j`, (text, expected) => {
    expect(presenters.find(text, undefined).map((p) => [p.presenters, p.rest])).toEqual(expected);
  });
  it.each(pointMarker.examples.map((e) => [e.text, e.expected] as const))(`${pointMarker.name}: %s -> %j`, (text, expected) => {
    expect(pointMarker.find(text, undefined).map((p) => p.title)).toEqual(expected);
  });
  it.each(typedHeading.examples.map((e) => [e.text, e.expected] as const))(`${typedHeading.name}: %s -> %j`, (text, expected) => {
    expect(typedHeading.find(text, undefined).map((p) => p.title)).toEqual(expected);
  });
  it.each(timeSlot.examples.map((e) => [e.text, e.expected] as const))(`${timeSlot.name}: %s -> %j`, (text, expected) => {
    expect(timeSlot.find(text, undefined).map((p) => p.title)).toEqual(expected);
  });
});
