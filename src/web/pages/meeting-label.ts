import type { PageContext } from '../layout.js';

/** "FLG · 2024-04-02", in the words of the page */
export function meetingLabel(ctx: PageContext, m: { date: string | null; referenceYear?: number | null; title: string | null; body: string | null }): string {
  const when = m.date ?? (m.referenceYear ? `${m.referenceYear} (${ctx.t('noDate')})` : ctx.t('noDate'));
  return [m.body ?? m.title, when].filter(Boolean).join(' · ');
}
