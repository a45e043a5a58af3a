import { randomUUID } from 'node:crypto';
import type { deputyImportSchema} from '@pcs/domain';
import { DEPUTY_FIELD_LABELS, dayOf, dateOrNull, dateOf, deputyIdentityKey, markDuplicateDeputyRows, parseDeputyImportRow, toFieldIssues, type DeputyImportRowResult } from '@pcs/domain';
import type { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput } from '../../errors';
import { type TenantCtx } from '../shared/tenant-context';

function issue(path: string | PropertyKey[], zh: string, en: string): z.core.$ZodIssue {
  return { code: 'custom', path: Array.isArray(path) ? path : [path], input: undefined, message: en, params: { zh, en } } as z.core.$ZodIssue;
}

/**
 * Every row checked the way the form checks a deputy, plus what needs the township's data:
 * group and station names that exist, and people already on the roster (same name, birth
 * date and term). Nothing is written.
 */
export async function analyse(ctx: TenantCtx, input: z.infer<typeof deputyImportSchema>): Promise<DeputyImportRowResult[]> {
  const results = input.rows.map((row, i) => parseDeputyImportRow(row, input.firstRowNumber + i, ctx.clock.today));
  markDuplicateDeputyRows(results);
  const [groups, stations, existing] = await Promise.all([
    ctx.tx.deputyGroup.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true } }),
    ctx.tx.liaisonStation.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true } }),
    ctx.tx.deputy.findMany({
      where: { tenantId: ctx.tenant.id, name: { in: [...new Set(results.flatMap((r) => (r.deputy ? [r.deputy.name] : [])))] } },
      select: { name: true, birthDate: true, termNo: true },
    }),
  ]);
  const groupNames = new Set(groups.map((g) => g.name));
  const stationNames = new Set(stations.map((s) => s.name));
  const onRoster = new Set(existing.map((d) => deputyIdentityKey({ name: d.name, birthDate: dayOf(d.birthDate), termNo: d.termNo })));
  for (const result of results) {
    const deputy = result.deputy;
    if (!deputy) continue;
    const problems: z.core.$ZodIssue[] = [];
    if (deputy.groupName && !groupNames.has(deputy.groupName)) problems.push(issue('groupName', `代表小组“${deputy.groupName}”不存在，请先建立`, `deputy group "${deputy.groupName}" does not exist; create it first`));
    if (deputy.stationName && !stationNames.has(deputy.stationName)) problems.push(issue('stationName', `联络站“${deputy.stationName}”不存在，请先建立`, `liaison station "${deputy.stationName}" does not exist; create it first`));
    if (onRoster.has(deputyIdentityKey(deputy))) problems.push(issue('name', '名册中已有此代表（姓名、出生日期、届次相同）', 'is already on the roster (same name, birth date and term)'));
    if (problems.length > 0) {
      result.issues.push(...toFieldIssues(problems, DEPUTY_FIELD_LABELS));
      delete result.deputy;
    }
  }
  return results;
}

const summary = (results: DeputyImportRowResult[]) => ({
  rows: results.map(({ row, name, issues }) => ({ row, name, ok: issues.length === 0, issues })),
  valid: results.filter((r) => r.issues.length === 0).length,
  invalid: results.filter((r) => r.issues.length > 0).length,
});

/** All rows or none: any row with a problem refuses the whole file, naming each problem. */
export async function commitDeputyImport(ctx: TenantCtx, input: z.infer<typeof deputyImportSchema>) {
  const results = await analyse(ctx, input);
  const bad = results.filter((r) => r.issues.length > 0);
  if (bad.length > 0) {
    throw new InvalidInput(
      bad.flatMap((r) =>
        r.issues.map((i) => issue(['rows', r.row - input.firstRowNumber], `第${r.row}行 ${i.message.zh}`, `row ${r.row}: ${i.message.en}`)),
      ),
    );
  }
  const groups = new Map((await ctx.tx.deputyGroup.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true } })).map((g) => [g.name, g.id]));
  const stations = new Map((await ctx.tx.liaisonStation.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));
  const created = results.map((r) => {
    const { groupName, stationName, ...deputy } = r.deputy!;
    return {
      ...deputy,
      id: randomUUID(),
      tenantId: ctx.tenant.id,
      birthDate: dateOf(deputy.birthDate),
      electedOn: dateOrNull(deputy.electedOn),
      statusDate: deputy.status === 'by_elected' ? dateOrNull(deputy.electedOn) : null,
      education: deputy.education ?? null,
      presidiumRole: deputy.presidiumRole ?? null,
      groupId: groupName ? groups.get(groupName)! : null,
      stationId: stationName ? stations.get(stationName)! : null,
    };
  });
  await ctx.tx.deputy.createMany({ data: created });
  const today = dateOf(ctx.clock.today);
  await ctx.tx.deputyStatusChange.createMany({
    data: created.map((d) => ({ tenantId: ctx.tenant.id, deputyId: d.id, fromStatus: null, toStatus: d.status, effectiveOn: d.electedOn ?? today, reason: '名册导入' })),
  });
  for (const d of created) {
    const { tenantId: _t, ...after } = d;
    await audit(ctx, { tenantId: ctx.tenant.id, action: 'import', entity: 'Deputy', entityId: d.id, after });
  }
  return { created: created.length };
}

export async function previewDeputyImport(ctx: TenantCtx, input: z.infer<typeof deputyImportSchema>) {
  return summary(await analyse(ctx, input));
}
