/** The follow-up list for a terminal: one block per task, overdue ones flagged. */
import { correctedWordsEn } from './corrected-words.js';
import type { FollowupTask } from './list.js';

const PRECISION_NOTE: Record<string, string> = { month: ' (month)', season: ' (season)', quarter: ' (quarter)', year: ' (year)', 'next-meeting': ' (next meeting)' };

export function followupText(tasks: FollowupTask[]): string {
  if (tasks.length === 0) return 'no tasks\n';
  const blocks = tasks.map((t) => {
    const due = t.due ? `due ${t.due}${PRECISION_NOTE[t.precision ?? ''] ?? ''}` : t.deadlines.length ? `due "${t.deadlines[0]!.text}"` : 'no deadline';
    const flags = [t.status === 'done' ? 'DONE' : null, t.overdue ? 'OVERDUE' : null].filter(Boolean).join(' ');
    const owners = t.owners.map((o) => (o.corrected ? `${o.text} (corrected)` : o.resolved ? `${o.text} → ${o.resolved.name}${o.resolved.evidence ? ` (${o.resolved.evidence})` : ''}` : o.name && o.name !== o.text ? `${o.text} (${o.name})` : o.text));
    const when = t.meeting.date ?? (t.meeting.referenceYear ? `${t.meeting.referenceYear}, no date` : 'no date');
    return [
      `${t.id}  ${due}${flags ? `  ${flags}` : ''}`,
      `  ${t.text}`,
      `  owner: ${owners.join('; ') || '-'}`,
      `  meeting: ${[t.meeting.body ?? t.meeting.title, when].filter(Boolean).join(' ')}, item ${t.item.number ?? t.item.ordinal} ${t.item.title}`,
      `  source: ${t.file}${t.page ? ` p. ${t.page}` : ''}`,
      ...(t.corrected ? [`  corrected: ${correctedWordsEn(t)}`] : []),
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
