/**
 * Hand-made records, valid against the contract, for the store logic: they hold what the samples
 * say (000: "Signs of safety" gives HR-chef a task due 2025-01-28; 001: Karolina Håkansson is the
 * HR-chef, KH) plus what the samples lack (a later HR-chef meeting, another HR-chef in another
 * organisation, "KL" used by two people, "nästa möte", "besluten").
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SCHEMA_ID, validateRecord, type Deadline, type MinutesRecord, type Owner, type Person } from '../../src/record/schema.js';

interface TaskSpec { text: string; owners?: Partial<Owner>[]; deadlines?: Partial<Deadline>[]; decidedBy?: string }
interface ItemSpec { title: string; number?: string; text: string; page?: number; presenters?: string[]; decisions?: TaskSpec[]; actions?: TaskSpec[] }
export interface RecordSpec {
  name: string;
  date?: string | null;
  referenceYear?: number;
  body?: string | null;
  title?: string | null;
  participants?: Partial<Person>[];
  items: ItemSpec[];
}

const owner = (o: Partial<Owner>): Owner => ({ text: o.text ?? o.name ?? o.role ?? '?', name: o.name ?? null, initials: o.initials ?? null, role: o.role ?? null });
const deadline = (d: Partial<Deadline>): Deadline => ({ text: d.text ?? d.value ?? '?', value: d.value ?? null, relative: d.relative ?? null, kind: d.kind ?? 'due' });

export function buildRecord(spec: RecordSpec): MinutesRecord {
  const sha = createHash('sha256').update(JSON.stringify(spec)).digest('hex');
  const id = sha.slice(0, 16);
  const record: MinutesRecord = {
    schema: SCHEMA_ID,
    id,
    source: { path: `minutes/${spec.name}.pdf`, fileName: `${spec.name}.pdf`, sha256: sha, format: 'pdf', bytes: 1000, pages: 3 },
    meeting: {
      title: spec.title ?? null, body: spec.body ?? null, organisation: null, documentType: 'protokoll',
      date: spec.date ?? null, referenceYear: spec.referenceYear ?? (spec.date ? Number(spec.date.slice(0, 4)) : null),
      startTime: null, endTime: null, location: null, secretary: null,
    },
    participants: (spec.participants ?? []).map((p) => ({ name: p.name ?? null, initials: p.initials ?? null, role: p.role ?? null, attendance: p.attendance ?? 'present' })),
    items: spec.items.map((it, i) => {
      const itemId = `${id}:${i + 1}`;
      const task = (t: TaskSpec, k: number, prefix: string) => ({
        id: `${itemId}:${prefix}${k + 1}`, text: t.text, owners: (t.owners ?? []).map(owner), deadlines: (t.deadlines ?? []).map(deadline),
        evidence: { page: it.page ?? 1, quote: t.text },
      });
      return {
        id: itemId, ordinal: i + 1, number: it.number ?? String(i + 1), title: it.title, presenters: it.presenters ?? [], itemTypes: [],
        text: it.text, page: it.page ?? 1,
        decisions: (it.decisions ?? []).map((d, k) => ({ ...task(d, k, 'd'), decidedBy: d.decidedBy ?? 'Socialdirektören' })),
        actions: (it.actions ?? []).map((a, k) => task(a, k, 'a')),
      };
    }),
    warnings: [],
  };
  return validateRecord(record);
}

/** 000: no date (2025), no participant list: the HR-chef is only a role here. */
export const MEETING_2025: RecordSpec = {
  name: '000-flg-2025',
  referenceYear: 2025,
  items: [
    {
      title: 'Signs of safety', number: '4', presenters: ['KH', 'VC'], page: 1,
      text: 'HR-chef har tagit fram en kravprofil avseende 18 månaders projektledartjänst för Signs of safety. Socialdirektören beslutar att: HR-chef får i uppdrag att gå ut med internannons samt sätta ihop en rekryteringsgrupp med deltagare från FLG. Återkoppling till FLG den 28 januari.',
      decisions: [{
        text: 'att HR-chef får i uppdrag att gå ut med internannons samt sätta ihop en rekryteringsgrupp med deltagare från FLG',
        owners: [{ text: 'HR-chef', role: 'HR-chef' }],
        deadlines: [{ text: 'Återkoppling till FLG den 28 januari', value: '2025-01-28', kind: 'report-back' }],
      }],
    },
    {
      title: 'Kort-kort', number: '5', page: 2,
      text: 'Socialdirektören kommer att ge nuvarande verksamhetskoordinator för Myndighet i uppdrag att kontakta kommunerna. Återkopplas till FLG i mars månad. Åtgärd: sammanställ svaren.',
      actions: [{
        text: 'Socialdirektören kommer att ge nuvarande verksamhetskoordinator för Myndighet i uppdrag att kontakta kommunerna',
        owners: [{ text: 'nuvarande verksamhetskoordinator för Myndighet', role: 'verksamhetskoordinator för Myndighet' }],
        deadlines: [{ text: 'i mars månad', value: '2025-03', kind: 'report-back' }],
      }],
    },
    {
      title: 'Chef i beredskap', number: '6', page: 2,
      text: 'HR-chef presenterar rutin för chef i beredskap. Socialdirektören beslutar att: godkänna förslaget gällande chef-i-beredskap. Utvärdering september månad 2025.',
      decisions: [{ text: 'att godkänna förslaget gällande chef-i-beredskap', deadlines: [{ text: 'Utvärdering september månad 2025', value: '2025-09', kind: 'evaluation' }] }],
    },
    {
      title: 'Digital plattform för rekrytering av sommarvikarier', number: '10', page: 3,
      text: 'Socialdirektören beslutar att: ställa sig bakom förslaget.',
      decisions: [{ text: 'att ställa sig bakom förslaget' }],
    },
  ],
};

const FLG_2024_PARTICIPANTS: Partial<Person>[] = [
  { name: 'Johan Klingborg', initials: 'JK', role: 'Socialdirektör' },
  { name: 'Karolina Håkansson', initials: 'KH', role: 'HR-chef' },
  { name: 'Ullrika Skeppstedt', initials: 'US', role: 'Tf Verksamhetschef VUX' },
  { name: 'Katarina Lindqvist', initials: 'KL', role: 'Fastighetschef', attendance: 'guest' },
];

/** 001: FLG 2024-04-02 with its participant list (Karolina Håkansson, HR-chef, KH). */
export const MEETING_2024_04_02: RecordSpec = {
  name: '001-flg-2024-04-02',
  date: '2024-04-02', body: 'FLG', title: 'FLG den 2 april 2024',
  participants: FLG_2024_PARTICIPANTS,
  items: [
    {
      title: 'Innovationsråd', number: '3', page: 1,
      text: 'Innovationsledare Martina Barte redovisar förslag på en mindre revidering. Diskussion kring hur de beslutade prioriteringsgrunderna för 2024 ska spridas i verksamheterna.',
    },
    {
      title: 'Säkerhet- och trygghetsrutiner, utanför Bredgatan', number: '4', page: 2,
      text: 'Socialdirektören beslutar: att Ulrika Skeppstedt och Karolina Håkansson får i uppdrag att formulera ett processdirektiv. Direktivet ska redovisas till FLG den 22 april.',
      decisions: [{
        text: 'att Ulrika Skeppstedt och Karolina Håkansson får i uppdrag att formulera ett processdirektiv',
        owners: [
          { text: 'Ulrika Skeppstedt', name: 'Ullrika Skeppstedt', initials: 'US', role: 'Tf Verksamhetschef VUX' },
          { text: 'Karolina Håkansson', name: 'Karolina Håkansson', initials: 'KH', role: 'HR-chef' },
        ],
        deadlines: [{ text: 'till FLG den 22 april', value: '2024-04-22', kind: 'report-back' }],
      }],
    },
    {
      title: 'Lokalfrågan', number: '11', page: 3,
      text: 'KL redogör för lokalfrågan och återkommer till nästa FLG.',
      actions: [{ text: 'KL återkommer till nästa FLG', owners: [{ text: 'KL' }], deadlines: [{ text: 'till nästa FLG', relative: 'next-meeting', kind: 'report-back' }] }],
    },
  ],
};

/** A later FLG: the next meeting after 2024-04-02; Karolina still HR-chef; "besluten"; a task for "KH". */
export const MEETING_2024_04_22: RecordSpec = {
  name: 'flg-2024-04-22',
  date: '2024-04-22', body: 'FLG', title: 'FLG den 22 april 2024',
  participants: FLG_2024_PARTICIPANTS,
  items: [
    {
      title: 'Uppföljning', number: '1', page: 1,
      text: 'Besluten från förra mötet följdes upp. Åtgärd: KH tar fram en plan för introduktion i maj.',
      actions: [{ text: 'KH tar fram en plan för introduktion', owners: [{ text: 'KH' }], deadlines: [{ text: 'i maj', value: '2024-05' }] }],
    },
  ],
};

/** Another organisation's body, earlier: a different HR-chef, and "KL" is someone else. */
export const MEETING_FSG_2022: RecordSpec = {
  name: 'fsg-2022-03-21',
  date: '2022-03-21', body: 'Samverkansgrupp FSG', title: 'Samverkansgrupp FSG den 21 mars 2022',
  participants: [
    { name: 'Anna Berg', initials: 'AB', role: 'HR-chef' },
    { name: 'Katarina Lückander', initials: 'KL', role: null },
  ],
  items: [
    {
      title: 'Arbetsmiljö', number: '5', page: 1,
      text: 'HR-chefen redovisar arbetsmiljöenkäten och återkommer med en handlingsplan till hösten. KL ansvarar för uppföljningen.',
      actions: [
        { text: 'HR-chefen återkommer med en handlingsplan', owners: [{ text: 'HR-chefen' }], deadlines: [{ text: 'till hösten', value: '2022-23' }] },
        { text: 'KL ansvarar för uppföljningen', owners: [{ text: 'KL' }] },
      ],
    },
  ],
};

export const ALL_MEETINGS = [MEETING_2025, MEETING_2024_04_02, MEETING_2024_04_22, MEETING_FSG_2022];

/** Writes records as the pipelines do: <dir>/<name>.json */
export async function writeRecords(dir: string, specs: RecordSpec[]): Promise<Map<string, MinutesRecord>> {
  await fs.mkdir(dir, { recursive: true });
  const out = new Map<string, MinutesRecord>();
  for (const spec of specs) {
    const record = buildRecord(spec);
    await fs.writeFile(path.join(dir, `${spec.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
    out.set(spec.name, record);
  }
  return out;
}
