import { congressWording, dateOf, dayOf, hasPermission, meetingRhythm, presidiumSizeCheck, resolveRule, ruleAppliesTo, type Clock, type CongressMeetingKind, type CongressMeetingStatus, type CongressSessionType, type Permission, type RuleKey, type RuleValueRecord, type TenantKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import type { z } from 'zod';
import type { Caller } from '../../caller';
import { rolesIn } from '../../caller';
import { forbidden, InvalidInput } from '../../errors';
import { loadRuleValues, rhythmRules } from '../rule-values';

/** What the deputies area's handlers need from a township call's context. */
export interface TenantCtx {
  tx: Tx;
  tenant: { id: string; name: string; kind: TenantKind };
  caller: Caller;
  requestId: string;
  clock: Clock;
}

export const yearRange = (year: number) => ({ gte: dateOf(`${year}-01-01`), lte: dateOf(`${year}-12-31`) });

/** Whether the caller may see personal contact data (phones, addresses): those who maintain the roster. */
export const canSeeContacts = (ctx: TenantCtx) => hasPermission(rolesIn(ctx.caller, ctx.tenant.id), 'deputies.write');

/**
 * Refuses a caller who lacks any of the permissions in this township: for reads of the deputies
 * area that show other areas' rows (CONGRESS_BOOK_PERMISSIONS, DUTY_PROFILE_PERMISSIONS).
 */
export function requirePermissions(ctx: Pick<TenantCtx, 'caller' | 'tenant'>, permissions: readonly Permission[]): void {
  const roles = rolesIn(ctx.caller, ctx.tenant.id);
  if (!permissions.every((p) => hasPermission(roles, p))) throw forbidden();
}

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

/**
 * The township's effective values of some catalogue rules on one day: for figures about a state
 * on that day (contacts kept now). Figures over a period read `spansOf` instead.
 */
export async function ruleValues<K extends RuleKey>(ctx: TenantCtx, keys: readonly K[], on: string): Promise<Record<K, unknown>> {
  const records = await loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.tenant.id);
  return Object.fromEntries(keys.map((key) => [key, resolveRule(key, ctx.tenant.id, on, records).value])) as Record<K, unknown>;
}

/** The township's rule records, for `spansOf` and `rhythmRules`. */
export const townshipRuleRecords = (ctx: TenantCtx) => loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.tenant.id);

/** The presidium's size against the size rule in force on a day; a sub-district has no presidium, so no check. */
export function presidiumSize(tenant: { id: string; kind: TenantKind }, size: number, day: string, records: RuleValueRecord[]) {
  return presidiumSizeCheck(size, ruleAppliesTo('presidium.size_range', tenant.kind) ? resolveRule('presidium.size_range', tenant.id, day, records).value : null);
}

/**
 * A tenant's meeting rhythm for a year, against the rules of its kind in force on each day: a
 * sub-district is never short of sessions and its working-committee meetings count instead of
 * presidium meetings. The one place the township dashboard, the meetings page and the county's
 * figures get it from.
 */
export function tenantMeetingRhythm(
  tenant: { id: string; kind: TenantKind },
  year: number,
  meetings: ReadonlyArray<{ id: string; kind: CongressMeetingKind; sessionType: CongressSessionType | null; status: CongressMeetingStatus; startDate: Date; endDate: Date; title: string }>,
  records: RuleValueRecord[],
  today: string,
) {
  const rows = meetings.map((m) => ({ id: m.id, kind: m.kind, sessionType: m.sessionType, status: m.status, title: m.title, startDate: dayOf(m.startDate), endDate: dayOf(m.endDate) }));
  return meetingRhythm(year, rows, rhythmRules(records, tenant, year), today, congressWording(tenant.kind).bodyMeetingKind);
}

/** Orders a list by a relation's name or a column, then by id so pages never overlap. */
export function orderBy(sortBy: string | undefined, direction: 'asc' | 'desc', fallback: string, relations: Record<string, string> = {}) {
  const field = sortBy ?? fallback;
  const relation = relations[field];
  return [relation ? { [relation]: { name: direction } } : { [field]: direction }, { id: 'asc' as const }];
}

export const page = (input: { page: number; pageSize: number }) => ({ skip: (input.page - 1) * input.pageSize, take: input.pageSize });
