import { toFieldIssues, userImportRowSchema, type FieldIssue, type MembershipInput, type UserImportRow } from '@pcs/domain';
import { InvalidInput } from '../errors';
import { createUser, type UserAdminContext } from './user-admin';
import { checkMemberships } from './memberships';

export interface ImportRowReport {
  /** 1-based row number as the sheet shows it (after the header row). */
  row: number;
  username: string | null;
  issues: FieldIssue[];
}

function rowIssue(path: string, zh: string, en: string): FieldIssue {
  return { path, field: { zh: path, en: path }, message: { zh, en } };
}

/**
 * Checks every row of a user sheet; with `commit`, creates all users in the call's one
 * transaction, and only when every row is valid (all or nothing). Rows with the same
 * username add roles to the same user.
 */
export async function importUsers(ctx: UserAdminContext, rawRows: unknown[], commit: boolean) {
  const reports: ImportRowReport[] = [];
  const valid: Array<{ row: number; data: UserImportRow }> = [];
  // A township admin's sheet may name only their own township; another's code is unknown, like a made-up one.
  const tenants = await ctx.tx.tenant.findMany({ where: { countyId: ctx.countyId, ...(ctx.tenantId ? { id: ctx.tenantId } : {}) }, select: { id: true, code: true } });
  for (const [index, raw] of rawRows.entries()) {
    const parsed = userImportRowSchema.safeParse(raw);
    const row = index + 2;
    if (!parsed.success) {
      reports.push({ row, username: (raw as { username?: string })?.username ?? null, issues: toFieldIssues(parsed.error.issues) });
      continue;
    }
    const issues: FieldIssue[] = [];
    if (parsed.data.tenantCode && !tenants.some((t) => t.code === parsed.data.tenantCode)) issues.push(rowIssue('tenantCode', '乡镇代码不存在', 'unknown township code'));
    reports.push({ row, username: parsed.data.username, issues });
    if (!issues.length) valid.push({ row, data: parsed.data });
  }
  const byUsername = new Map<string, Array<{ row: number; data: UserImportRow }>>();
  for (const entry of valid) byUsername.set(entry.data.username, [...(byUsername.get(entry.data.username) ?? []), entry]);
  const existing = await ctx.tx.user.findMany({ where: { username: { in: [...byUsername.keys()] } }, select: { username: true } });
  for (const [username, entries] of byUsername) {
    const first = entries[0]!;
    const report = reports.find((r) => r.row === first.row)!;
    if (existing.some((u) => u.username === username)) report.issues.push(rowIssue('username', '用户名已存在', 'username already exists'));
    const memberships: MembershipInput[] = entries.map((e) => ({ role: e.data.role, tenantId: tenants.find((t) => t.code === e.data.tenantCode)?.id ?? null }));
    try {
      await checkMemberships(ctx.tx, ctx.countyId, ctx.grantor, memberships);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      report.issues.push(...error.fieldIssues.map((i) => ({ ...i, path: i.path.endsWith('tenantId') ? 'tenantCode' : 'role' })));
    }
  }
  const invalid = reports.filter((r) => r.issues.length > 0);
  const summary = { total: rawRows.length, invalid: invalid.length, users: byUsername.size, reports: invalid };
  if (!commit || invalid.length > 0) return { ...summary, committed: false, created: [] as Array<{ username: string; initialPassword: string }> };
  const created = [];
  for (const entries of byUsername.values()) {
    const { data } = entries[0]!;
    const memberships = entries.map((e) => ({ role: e.data.role, tenantId: tenants.find((t) => t.code === e.data.tenantCode)?.id ?? null }));
    const user = await createUser(ctx, { username: data.username, displayName: data.displayName, email: data.email, phone: data.phone, memberships });
    created.push({ username: user.username, initialPassword: user.initialPassword });
  }
  return { ...summary, committed: true, created };
}
