import { z } from 'zod';

/** Deputies of the roster the office invites to sign in, at most a few hundred at once (a township's whole roster). */
export const deputyInviteSchema = z.object({
  deputyIds: z
    .array(z.uuid())
    .min(1)
    .max(400)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each deputy once', params: { zh: '代表不能重复', en: 'each deputy once' } }),
});
export type DeputyInvite = z.infer<typeof deputyInviteSchema>;

/** The township admin links an existing staff account to a deputy of the roster (decision 65 §5). */
export const deputyLinkSchema = z.object({ deputyId: z.uuid(), userId: z.uuid() }).strict();
export type DeputyLink = z.infer<typeof deputyLinkSchema>;
export const deputyUnlinkSchema = z.object({ deputyId: z.uuid() }).strict();
export type DeputyUnlink = z.infer<typeof deputyUnlinkSchema>;

const LEFT_OFFICE: readonly string[] = ['resigned', 'removed', 'deceased'];

/**
 * Whether a deputy's term has ended by `today` (county day, ISO): resigned, removed or deceased
 * with a status date on or before today (no date: ended). The day before, they still serve.
 */
export function deputyTermEnded(status: string, statusDate: string | null, today: string): boolean {
  return LEFT_OFFICE.includes(status) && (statusDate === null || statusDate <= today);
}

export type AccountLinkRefusal =
  | { kind: 'invalid'; field: 'deputyId' | 'userId'; message: { zh: string; en: string } }
  | { kind: 'conflict'; message: { zh: string; en: string } };

/**
 * Why an account cannot be linked to a deputy, or null. `linkedUserId`: the account the deputy is
 * already linked to in this township; `userDeputyId`: the deputy the account already signs in as
 * here. Linking the same pair again is a no-op (null), not a refusal.
 */
export function accountLinkRefusal(input: {
  deputyStatus: string;
  userId: string;
  deputyId: string;
  linkedUserId: string | null;
  userDeputyId: string | null;
  userEnabled: boolean;
}): AccountLinkRefusal | null {
  // A deputy with a leaving day, even one still ahead, gets no new account.
  if (LEFT_OFFICE.includes(input.deputyStatus)) {
    return { kind: 'invalid', field: 'deputyId', message: { zh: '该代表已不在任，不能关联账号', en: 'this deputy has left office; no account can be linked' } };
  }
  if (input.linkedUserId !== null && input.linkedUserId !== input.userId) {
    return { kind: 'conflict', message: { zh: '该代表已关联其他账号，请先解除', en: 'This deputy is already linked to another account; unlink it first' } };
  }
  if (input.userDeputyId !== null && input.userDeputyId !== input.deputyId) {
    return { kind: 'invalid', field: 'userId', message: { zh: '该账号已关联本乡镇另一位代表', en: 'this account is already linked to another deputy of this township' } };
  }
  if (!input.userEnabled) return { kind: 'invalid', field: 'userId', message: { zh: '该账号已停用', en: 'this account is disabled' } };
  return null;
}

/**
 * Unlinking takes the deputy role off a staff account. An account that holds nothing else is the
 * deputy's own (made by the invitation): it is not unlinked but disabled in the users screen, so
 * no account is left without a role.
 */
export function accountUnlinkRefusal(otherRolesHere: number, rolesElsewhere: number): { zh: string; en: string } | null {
  return otherRolesHere + rolesElsewhere === 0 ? { zh: '这是代表本人的账号（无其他角色），请在用户管理中停用', en: 'This is the deputy’s own account (no other role): disable it under users instead' } : null;
}
