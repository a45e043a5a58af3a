import type { z } from 'zod';
import { InvalidInput } from '../../errors';
import type { TenantCtx } from './tenant-context';

function referenceIssue(path: PropertyKey[], zh: string, en: string): z.core.$ZodIssue {
  return { code: 'custom', path, input: undefined, message: en, params: { zh, en } } as z.core.$ZodIssue;
}

/**
 * Checks that referenced deputies belong to this township. An unknown ID and another
 * township's ID get the same answer, so nothing leaks.
 */
export async function requireDeputies(ctx: TenantCtx, ids: readonly string[], path: PropertyKey[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await ctx.tx.deputy.count({ where: { tenantId: ctx.tenant.id, id: { in: unique } } });
  if (found !== unique.length) throw new InvalidInput([referenceIssue(path, '所选代表不存在', 'names a deputy that does not exist')]);
}

export async function requireGroup(ctx: TenantCtx, id: string | null | undefined, path: PropertyKey[] = ['groupId']): Promise<void> {
  if (!id) return;
  const group = await ctx.tx.deputyGroup.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, select: { id: true } });
  if (!group) throw new InvalidInput([referenceIssue(path, '代表小组不存在', 'names a deputy group that does not exist')]);
}

export async function requireStation(ctx: TenantCtx, id: string | null | undefined, path: PropertyKey[] = ['stationId']): Promise<void> {
  if (!id) return;
  const station = await ctx.tx.liaisonStation.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, select: { id: true } });
  if (!station) throw new InvalidInput([referenceIssue(path, '联络站不存在', 'names a liaison station that does not exist')]);
}
