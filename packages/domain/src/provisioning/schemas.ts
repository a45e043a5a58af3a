import { z } from 'zod';
import { ROLES } from '../access/roles';
import { listQuerySchema } from '../common/list-query';
import { TENANT_KINDS, TENANT_STATUSES } from '../tenancy/tenant';

// No `message` on these checks: a schema-level message would win over the forms' error map,
// so the texts travel as params and every consumer words them in its language.
const username = z.string().trim().toLowerCase().refine((v) => /^[a-z0-9][a-z0-9._-]{2,39}$/.test(v), {
  params: { zh: '须为3–40位小写字母、数字、点、横线或下划线', en: 'use 3–40 lower-case letters, digits, dots, dashes or underscores' },
});
const personName = z.string().trim().min(1).max(30);
const phone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/).nullable().optional();
const email = z.email().nullable().optional();

export const membershipInputSchema = z.object({
  role: z.enum(ROLES),
  tenantId: z.uuid().nullable(),
  departmentId: z.uuid().nullable().optional(),
  handlingUnitId: z.uuid().nullable().optional(),
});
export type MembershipInput = z.infer<typeof membershipInputSchema>;

export const userCreateSchema = z.object({
  username,
  displayName: personName,
  email,
  phone,
  memberships: z.array(membershipInputSchema).min(1).max(20),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(0),
  displayName: personName.optional(),
  email,
  phone,
});

export const userMembershipsSchema = z.object({ id: z.uuid(), version: z.number().int().min(0), memberships: z.array(membershipInputSchema).min(1).max(20) });
export const userEnabledSchema = z.object({ id: z.uuid(), version: z.number().int().min(0), enabled: z.boolean() });

export const userListSchema = listQuerySchema(['username', 'displayName', 'createdAt', 'syncStatus']).extend({
  tenantId: z.uuid().optional(),
  syncStatus: z.enum(['pending', 'synced', 'failed']).optional(),
});

const tenantCode = z.string().trim().toLowerCase().refine((v) => /^[a-z][a-z0-9-]{1,29}$/.test(v), {
  params: { zh: '须为2–30位小写字母、数字或横线，以字母开头', en: 'use 2–30 lower-case letters, digits or dashes, starting with a letter' },
});

export const tenantCreateSchema = z.object({
  code: tenantCode,
  name: z.string().trim().min(2).max(30),
  kind: z.enum(TENANT_KINDS),
  contactName: personName.nullable().optional(),
  contactPhone: phone,
  population: z.number().int().min(0).max(10_000_000).nullable().optional(),
  households: z.number().int().min(0).max(10_000_000).nullable().optional(),
  firstAdmin: z.object({ username, displayName: personName, email }).optional(),
});
export type TenantCreate = z.infer<typeof tenantCreateSchema>;

export const tenantUpdateSchema = tenantCreateSchema.omit({ code: true, firstAdmin: true }).partial().extend({
  id: z.uuid(),
  version: z.number().int().min(0),
});

export const tenantStatusSchema = z.object({ id: z.uuid(), version: z.number().int().min(0), status: z.enum(TENANT_STATUSES) });

/** One row of a user import sheet; memberships are given by tenant code and role code. */
export const userImportRowSchema = z.object({
  username,
  displayName: personName,
  email,
  phone,
  role: z.enum(ROLES),
  tenantCode: tenantCode.nullable().optional(),
});
export type UserImportRow = z.infer<typeof userImportRowSchema>;
export const userImportSchema = z.object({ rows: z.array(z.unknown()).min(1).max(2000) });
