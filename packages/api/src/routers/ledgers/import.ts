import { randomUUID } from 'node:crypto';
import { GRID_FIELD_LABELS, markDuplicateLedgerRows, parseLedgerImportRow, toFieldIssues, type LedgerImportRowResult, type ledgerImportSchema } from '@pcs/domain';
import type { z } from 'zod';
import { audit } from '../../audit';
import { InvalidInput } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';

function issue(path: string | PropertyKey[], zh: string, en: string): z.core.$ZodIssue {
  return { code: 'custom', path: Array.isArray(path) ? path : [path], input: undefined, message: en, params: { zh, en } } as z.core.$ZodIssue;
}

/**
 * Every row checked the way the form checks an object, plus what needs the township's data: the
 * grid named exists, and the object is not already in that grid's ledger. Nothing is written.
 * The same flow as the deputies' roster import (ExcelImport in the apps).
 */
async function analyse(ctx: TenantCtx, input: z.infer<typeof ledgerImportSchema>) {
  const results = input.rows.map((row, i) => parseLedgerImportRow(row, input.firstRowNumber + i));
  markDuplicateLedgerRows(results);
  const grids = new Map((await ctx.tx.grid.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true } })).map((g) => [g.name, g.id]));
  const existing = new Set(
    (await ctx.tx.ledgerObject.findMany({ where: { tenantId: ctx.tenant.id, name: { in: [...new Set(results.map((r) => r.name).filter(Boolean))] } }, select: { gridId: true, name: true } })).map((o) => `${o.gridId}\u0000${o.name}`),
  );
  const gridOf = new Map<LedgerImportRowResult, string>();
  for (const result of results) {
    const problems: z.core.$ZodIssue[] = [];
    const gridId = result.gridName ? grids.get(result.gridName) : undefined;
    if (result.gridName && !gridId) problems.push(issue('gridName', `网格“${result.gridName}”不存在`, `grid "${result.gridName}" does not exist`));
    if (gridId && existing.has(`${gridId}\u0000${result.name}`)) problems.push(issue('name', '该网格的台账中已有此对象', "is already in this grid's ledger"));
    if (problems.length > 0) {
      result.issues.push(...toFieldIssues(problems, GRID_FIELD_LABELS));
      delete result.object;
    }
    if (gridId) gridOf.set(result, gridId);
  }
  return { results, gridOf };
}

const summary = (results: LedgerImportRowResult[]) => ({
  rows: results.map(({ row, name, issues }) => ({ row, name, ok: issues.length === 0, issues })),
  valid: results.filter((r) => r.issues.length === 0).length,
  invalid: results.filter((r) => r.issues.length > 0).length,
});

export async function previewLedgerImport(ctx: TenantCtx, input: z.infer<typeof ledgerImportSchema>) {
  return summary((await analyse(ctx, input)).results);
}

/** All rows or none: any row with a problem refuses the whole file, naming each problem. */
export async function commitLedgerImport(ctx: TenantCtx, input: z.infer<typeof ledgerImportSchema>) {
  const { results, gridOf } = await analyse(ctx, input);
  const bad = results.filter((r) => r.issues.length > 0);
  if (bad.length > 0) {
    throw new InvalidInput(bad.flatMap((r) => r.issues.map((i) => issue(['rows', r.row - input.firstRowNumber], `第${r.row}行 ${i.field.zh}：${i.message.zh}`, `row ${r.row}: ${i.field.en}: ${i.message.en}`))));
  }
  const created = results.map((r) => ({
    ...r.object!,
    id: randomUUID(),
    tenantId: ctx.tenant.id,
    gridId: gridOf.get(r)!,
    latitude: r.object!.latitude ?? null,
    longitude: r.object!.longitude ?? null,
    responsiblePerson: r.object!.responsiblePerson ?? null,
    responsiblePhone: r.object!.responsiblePhone ?? null,
    note: r.object!.note ?? null,
  }));
  await ctx.tx.ledgerObject.createMany({ data: created });
  for (const o of created) {
    const { tenantId: _t, ...after } = o;
    await audit(ctx, { tenantId: ctx.tenant.id, action: 'import', entity: 'LedgerObject', entityId: o.id, after });
  }
  return { created: created.length };
}
