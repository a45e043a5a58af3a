import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { listQuerySchema } from '../common/list-query';
import { toFieldIssues, type FieldIssue } from '../common/validation-issues';
import { GRID_FIELD_LABELS } from './field-labels';
import { LEDGER_OBJECT_KINDS, LEDGER_OBJECT_KIND_LABELS, RISK_LEVELS, RISK_LEVEL_LABELS } from './ledger-terms';
// The names without the schemas live in ./ledger-terms (a screen may import them without zod); the index still finds them here.
export * from './ledger-terms';

const phone = z
  .union([z.literal('').transform(() => null), z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, { error: 'Not a phone number' })])
  .nullable()
  .optional();
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const ledgerObjectFields = {
  gridId: z.uuid(),
  kind: z.enum(LEDGER_OBJECT_KINDS),
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().min(1).max(200),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  responsiblePerson: optionalText(30),
  responsiblePhone: phone,
  riskLevel: z.enum(RISK_LEVELS),
  note: optionalText(1000),
};
const bothOrNeither = (o: { latitude?: number | null; longitude?: number | null }) => (o.latitude == null) === (o.longitude == null);
const positionIssue = { path: ['longitude'], message: 'Give both latitude and longitude, or neither' };

export const ledgerObjectCreateSchema = z.object(ledgerObjectFields).refine(bothOrNeither, positionIssue);
export type LedgerObjectCreate = z.infer<typeof ledgerObjectCreateSchema>;
export const ledgerObjectUpdateSchema = z
  .object({ id: z.uuid(), version: z.number().int().min(0), ...ledgerObjectFields })
  .refine(bothOrNeither, positionIssue);

export const ledgerListSchema = listQuerySchema(['name', 'kind', 'riskLevel', 'gridName', 'lastInspectedAt']).extend({
  gridId: z.uuid().optional(),
  kind: z.enum(LEDGER_OBJECT_KINDS).optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
});

/** Ledger Excel import: the same columns in both languages; a row names its grid by name. */
export interface LedgerImportColumn {
  key: string;
  zh: string;
  en: string;
  required: boolean;
  example: string;
}

export const LEDGER_IMPORT_COLUMNS: readonly LedgerImportColumn[] = [
  { key: 'gridName', zh: '网格', en: 'Grid', required: true, example: '狮岭村网格' },
  { key: 'kind', zh: '类型', en: 'Kind', required: true, example: '畜禽养殖场' },
  { key: 'name', zh: '名称', en: 'Name', required: true, example: '狮岭生猪养殖场' },
  { key: 'address', zh: '地址', en: 'Address', required: true, example: '狮岭村三组' },
  { key: 'latitude', zh: '纬度', en: 'Latitude', required: false, example: '31.5601' },
  { key: 'longitude', zh: '经度', en: 'Longitude', required: false, example: '118.4902' },
  { key: 'responsiblePerson', zh: '责任人', en: 'Responsible person', required: false, example: '李建国' },
  { key: 'responsiblePhone', zh: '责任人电话', en: 'Responsible phone', required: false, example: '13900000000' },
  { key: 'riskLevel', zh: '风险等级', en: 'Risk level', required: true, example: '中' },
  { key: 'note', zh: '备注', en: 'Note', required: false, example: '' },
];
export const LEDGER_IMPORT_MAX_ROWS = 2000;

export const ledgerImportSchema = z.object({
  rows: z.array(z.record(z.string().max(40), z.string().max(1000))).min(1).max(LEDGER_IMPORT_MAX_ROWS),
  firstRowNumber: z.number().int().min(1).default(2),
});

export function ledgerImportColumnKey(header: string): string | undefined {
  const clean = header.replace(/[*＊\s]/g, '').toLowerCase();
  return LEDGER_IMPORT_COLUMNS.find((c) => [c.zh, c.en, c.key].some((h) => h.replace(/\s/g, '').toLowerCase() === clean))?.key;
}

function lookup<K extends string>(labels: Record<K, BilingualMessage>, raw: string): K | undefined {
  const clean = raw.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find((k) => k === clean || labels[k].zh === raw.trim() || labels[k].en.toLowerCase() === clean);
}

export interface LedgerImportRowResult {
  row: number;
  name: string;
  gridName: string;
  object?: Omit<LedgerObjectCreate, 'gridId'>;
  issues: FieldIssue[];
}

const issue = (key: string, input: unknown, zh: string, en: string) => ({ code: 'custom', path: [key], input, message: en, params: { zh, en } }) as z.core.$ZodIssue;

/** One sheet row checked as the form checks an object (its grid is looked up by the server). */
export function parseLedgerImportRow(raw: Record<string, string>, rowNumber: number): LedgerImportRowResult {
  const text = (key: string) => (raw[key] ?? '').trim();
  const issues: z.core.$ZodIssue[] = [];
  const enumOf = <K extends string>(key: string, labels: Record<K, BilingualMessage>) => {
    if (!text(key)) return undefined;
    const value = lookup(labels, text(key));
    if (!value) issues.push(issue(key, text(key), `“${text(key)}”不是可选值（可选：${Object.values<BilingualMessage>(labels).map((l) => l.zh).join('、')}）`, `"${text(key)}" is not one of: ${Object.values<BilingualMessage>(labels).map((l) => l.en).join(', ')}`));
    return value;
  };
  const numberOf = (key: string) => {
    if (!text(key)) return null;
    const value = Number(text(key));
    if (!Number.isFinite(value)) {
      issues.push(issue(key, text(key), `“${text(key)}”不是数字`, `"${text(key)}" is not a number`));
      return undefined;
    }
    return value;
  };
  if (!text('gridName')) issues.push(issue('gridName', '', '必填', 'is required'));
  const candidate = {
    kind: enumOf('kind', LEDGER_OBJECT_KIND_LABELS),
    name: text('name'),
    address: text('address'),
    latitude: numberOf('latitude'),
    longitude: numberOf('longitude'),
    responsiblePerson: text('responsiblePerson') || null,
    responsiblePhone: text('responsiblePhone') || null,
    riskLevel: enumOf('riskLevel', RISK_LEVEL_LABELS),
    note: text('note') || null,
  };
  const alreadyBad = new Set(issues.map((i) => String(i.path[0])));
  const parsed = ledgerObjectCreateSchema.safeParse({ ...candidate, gridId: '00000000-0000-4000-8000-000000000000' });
  if (!parsed.success) issues.push(...parsed.error.issues.filter((i) => !alreadyBad.has(String(i.path[0]))));
  const result: LedgerImportRowResult = { row: rowNumber, name: text('name'), gridName: text('gridName'), issues: toFieldIssues(issues, GRID_FIELD_LABELS) };
  if (issues.length === 0 && parsed.success) {
    const { gridId: _gridId, ...object } = parsed.data;
    result.object = object;
  }
  return result;
}

/** Marks rows naming the same object twice in one sheet (grid and name). */
export function markDuplicateLedgerRows(results: LedgerImportRowResult[]) {
  const first = new Map<string, number>();
  for (const r of results) {
    if (!r.name || !r.gridName) continue;
    const key = `${r.gridName}\u0000${r.name}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, r.row);
    else {
      r.issues.push({ path: 'name', field: GRID_FIELD_LABELS['name']!, message: { zh: `与第${earlier}行重复`, en: `repeats row ${earlier}` } });
      delete r.object;
    }
  }
}
