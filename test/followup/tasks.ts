import type { FollowupTask } from '../../src/followup/list.js';

/** A follow-up task as the list gives it, for the output formats. */
export function followupTask(overrides: Partial<FollowupTask> = {}): FollowupTask {
  return {
    id: '7b52d196786977c7:4:d1',
    kind: 'decision',
    status: 'open',
    statusChangedAt: null,
    text: 'att HR-chef får i uppdrag att gå ut med internannons samt sätta ihop en rekryteringsgrupp med deltagare från FLG',
    owners: [{ text: 'HR-chef', name: null, initials: null, role: 'HR-chef', resolved: { name: 'Karolina Håkansson', via: 'role', evidence: 'Karolina Håkansson, HR-chef (KH), in the participant list of FLG 2024-04-02' } }],
    deadlines: [{ text: 'Återkoppling till FLG den 28 januari', value: '2025-01-28', relative: null, kind: 'report-back', due: '2025-01-28', precision: 'day' }],
    due: '2025-01-28',
    precision: 'day',
    overdue: true,
    meeting: { id: '7b52d196786977c7', date: null, referenceYear: 2025, title: null, body: 'FLG' },
    item: { id: '7b52d196786977c7:4', ordinal: 4, number: '4', title: 'Signs of safety' },
    quote: 'HR-chef får i uppdrag att gå ut med internannons samt sätta ihop en rekryteringsgrupp med deltagare från FLG.',
    file: 'samples/pdf/000_7b52d196786977c7.pdf',
    page: 1,
    recordFile: '000_7b52d196786977c7.json',
    copies: ['samples/pdf/000_7b52d196786977c7.pdf'],
    corrected: null,
    ...overrides,
  };
}
