/**
 * How a corrected task says so in the exports: who changed what and when, in the Swedish words of
 * the CSV and calendar ("ansvarig rättad av Anna Berg 2026-12-06"), and when the task last changed
 * (its status or a correction), which the calendar's SEQUENCE follows.
 */
import type { FollowupTask } from './list.js';

const day = (iso: string) => iso.slice(0, 10);

/** "ansvarig rättad av Anna Berg 2026-12-06; senast rättad av ..."; empty when nothing was corrected. */
export function correctedWords(t: FollowupTask): string {
  const c = t.corrected;
  if (!c) return '';
  return [
    c.added && `tillagd av ${c.added.by} ${day(c.added.at)}`,
    c.owner && `ansvarig rättad av ${c.owner.by} ${day(c.owner.at)}`,
    c.deadline && `senast-datum rättat av ${c.deadline.by} ${day(c.deadline.at)}`,
  ].filter(Boolean).join('; ');
}

/** The same in English for the terminal list: "owner corrected by Anna Berg on 2026-12-06". */
export function correctedWordsEn(t: FollowupTask): string {
  const c = t.corrected;
  if (!c) return '';
  return [
    c.added && `added by ${c.added.by} on ${day(c.added.at)}`,
    c.owner && `owner corrected by ${c.owner.by} on ${day(c.owner.at)}`,
    c.deadline && `deadline corrected by ${c.deadline.by} on ${day(c.deadline.at)}`,
  ].filter(Boolean).join('; ');
}

/** When the task last changed: its status or a correction (ISO time), or null. */
export function lastChanged(t: FollowupTask): string | null {
  const times = [t.statusChangedAt, t.corrected?.added?.at, t.corrected?.owner?.at, t.corrected?.deadline?.at]
    .filter((x): x is string => typeof x === 'string' && Number.isFinite(Date.parse(x)));
  return times.sort((a, b) => Date.parse(a) - Date.parse(b)).pop() ?? null;
}
