import type { Prisma, Tx } from '@pcs/db';
import { notFound } from '../../errors';
import { campaignFor } from './campaign';

/**
 * The two homes of a democratic evaluation behind one interface (decision 79, as
 * `appraisal/subject-store.ts` for subjects): a township's (`DemocraticEvaluation` … under the
 * tenant policies: the township's own campaigns, and the county's campaigns over townships, held
 * in the appraised township) or the county's (`CountyDemocraticEvaluation` … for county-home
 * campaigns, one per campaign and county department, under the county policies). The ballot
 * handlers read and write only through a store, so codes, derived member codes, the size bound,
 * the threshold and closing stay one way for both.
 */

export interface EvaluationRecord {
  id: string;
  campaignId: string;
  /** The county home's evaluations are per department; a township's have none. */
  countyDepartmentId: string | null;
  title: string;
  grades: string[];
  gradePoints: number[];
  subjects: unknown;
  items: unknown;
  heldOn: Date;
  status: 'open' | 'closed';
  memberKey: number;
  version: number;
  campaign: { title: string; countyId: string; ownerTenantId: string | null };
}

export interface GroupRecord {
  id: string;
  evaluationId: string;
  evaluatorGroupId: string;
  size: number;
  codesIssued: number;
  codesCancelled: number;
  evaluatorGroup: { name: string; kind: string; weight: Prisma.Decimal; position: number };
}

export interface NewCode {
  evaluationId: string;
  groupId: string;
  serial: number | null;
  codeHash: Uint8Array;
  issuedOn: Date;
}

export interface NewEvaluation {
  id: string;
  campaignId: string;
  countyDepartmentId: string | null;
  title: string;
  heldOn: Date;
  grades: string[];
  gradePoints: number[];
  subjects: Prisma.InputJsonValue;
  items: Prisma.InputJsonValue;
}

export interface MemberAccount {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

export interface BallotStore {
  home: 'township' | 'county';
  /** The audit chain the writes go into (the township's; null: the county's). */
  auditTenantId: string | null;
  /** Whose rule values apply (the township's overrides; null: the county's values). */
  ruleTenantId: string | null;
  /** The home of the appraised subjects, for the subject store (null: the county home). */
  subjectTenantId: string | null;
  /** Where printed codes are used: the public page's path after `/ballot/`. */
  publicPath(evaluationId: string): string;
  /** A campaign this home may hold an evaluation for (with its evaluator groups), or not found. */
  campaign(campaignId: string): Promise<Prisma.AppraisalCampaignGetPayload<{ include: { evaluatorGroups: true } }>>;
  /** The campaign's subjects evaluated here (a township's; the county home's of one department). */
  subjects(campaignId: string, countyDepartmentId: string | null): Promise<Array<{ id: string; name: string }>>;
  findEvaluation(id: string): Promise<EvaluationRecord | null>;
  evaluations(where: { campaignId?: string }): Promise<EvaluationRecord[]>;
  heldFor(campaignId: string, countyDepartmentId: string | null): Promise<boolean>;
  createEvaluation(evaluation: NewEvaluation, groups: Array<{ evaluatorGroupId: string; size: number }>): Promise<void>;
  findGroup(evaluationId: string, groupId: string): Promise<GroupRecord | null>;
  groups(evaluationId: string): Promise<GroupRecord[]>;
  /** Adds to a group's issued codes under the counter's row lock; the counters after. */
  addIssued(groupId: string, count: number): Promise<{ codesIssued: number; codesCancelled: number; size: number }>;
  addCancelled(groupId: string): Promise<void>;
  insertCodes(codes: NewCode[]): Promise<void>;
  /** Deletes a printed code by its number; how many rows went (0: unknown, used or cancelled). */
  deleteNumberedCode(groupId: string, serial: number): Promise<number>;
  numberedCodes(evaluationId: string): Promise<Array<{ groupId: string; serial: number; issuedOn: Date }>>;
  unusedCounts(evaluationId: string): Promise<Map<string, number>>;
  /** Ballots per group, counts only (a database function). */
  castCounts(evaluationId: string): Promise<Map<string, number>>;
  /** Every ballot of the whole evaluation, of the groups at the threshold only, shuffled (a database function). */
  contents(evaluationId: string, minBallots: number): Promise<Array<{ group_id: string; content: unknown }>>;
  /** Spends a code and stores the ballot in this transaction (a database function); false: refused. */
  cast(evaluationId: string, codeHash: Uint8Array, content: unknown, day: string): Promise<boolean>;
  codeUnspent(evaluationId: string, codeHash: Uint8Array): Promise<boolean>;
  /** Of these members' code hashes, the unspent ones (hex). */
  unspentMemberCodes(evaluationId: string, hashes: Uint8Array[]): Promise<Set<string>>;
  deleteMemberCodes(evaluationId: string, hashes: Uint8Array[]): Promise<number>;
  /** Closing: every unused code deleted; how many. */
  voidCodes(evaluationId: string): Promise<number>;
  close(evaluationId: string): Promise<void>;
  /** Moves the member key on (an open evaluation's row locked); null once closed. */
  bumpMemberKey(evaluationId: string): Promise<number | null>;
  /** The member key and status under a row lock (`update`: removing a member; `share`: a vote). */
  lockMemberKey(evaluationId: string, mode: 'update' | 'share'): Promise<{ memberKey: number; status: string }>;
  members(evaluationId: string): Promise<Array<{ groupId: string; userId: string; username: string; displayName: string }>>;
  member(evaluationId: string, userId: string): Promise<{ groupId: string } | null>;
  addMemberRows(evaluationId: string, groupId: string, userIds: string[]): Promise<void>;
  removeMemberRow(evaluationId: string, userId: string): Promise<void>;
  /** Who may be listed in this evaluation (a township's enabled accounts; the evaluated department's). */
  accounts(evaluation: EvaluationRecord, ids?: string[]): Promise<MemberAccount[]>;
  /** The evaluations whose member list names the user, with their group's name. */
  memberships(userId: string, evaluationId?: string): Promise<Array<{ evaluation: EvaluationRecord; groupName: string }>>;
}

const evaluationInclude = { campaign: { select: { title: true, countyId: true, ownerTenantId: true } } } as const;
const groupInclude = { evaluatorGroup: { select: { name: true, kind: true, weight: true, position: true } } } as const;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const accountOf = (u: { id: string; username: string; displayName: string; memberships: Array<{ role: string }> }): MemberAccount => ({ id: u.id, username: u.username, displayName: u.displayName, roles: u.memberships.map((m) => m.role) });

/** A township's evaluations (its own campaigns, and the county's over it held there). */
export function townshipBallotStore(tx: Tx, countyId: string, tenantId: string): BallotStore {
  const fromRow = (e: Prisma.DemocraticEvaluationGetPayload<{ include: typeof evaluationInclude }>): EvaluationRecord => ({ ...e, countyDepartmentId: null });
  return {
    home: 'township',
    auditTenantId: tenantId,
    ruleTenantId: tenantId,
    subjectTenantId: tenantId,
    publicPath: (evaluationId) => `${tenantId}/${evaluationId}`,
    campaign: (campaignId) => campaignFor(tx, countyId, tenantId, campaignId),
    subjects: (campaignId) => tx.appraisalSubject.findMany({ where: { tenantId, campaignId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    async findEvaluation(id) {
      const e = await tx.democraticEvaluation.findFirst({ where: { tenantId, id }, include: evaluationInclude });
      return e && fromRow(e);
    },
    async evaluations(where) {
      const rows = await tx.democraticEvaluation.findMany({ where: { tenantId, ...where, campaign: { countyId } }, include: evaluationInclude, orderBy: [{ heldOn: 'desc' }, { title: 'asc' }] });
      return rows.map(fromRow);
    },
    heldFor: async (campaignId) => (await tx.democraticEvaluation.count({ where: { tenantId, campaignId } })) > 0,
    async createEvaluation({ countyDepartmentId: _none, ...evaluation }, groups) {
      await tx.democraticEvaluation.create({ data: { tenantId, ...evaluation } });
      await tx.evaluationGroup.createMany({ data: groups.map((g) => ({ tenantId, evaluationId: evaluation.id, ...g })) });
    },
    findGroup: (evaluationId, groupId) => tx.evaluationGroup.findFirst({ where: { tenantId, evaluationId, id: groupId }, include: groupInclude }),
    groups: (evaluationId) => tx.evaluationGroup.findMany({ where: { tenantId, evaluationId }, include: groupInclude }),
    async addIssued(groupId, count) {
      const [updated] = await tx.$queryRaw<[{ codesIssued: number; codesCancelled: number; size: number }]>`
        UPDATE "EvaluationGroup" SET "codesIssued" = "codesIssued" + ${count}
        WHERE "tenantId" = ${tenantId}::uuid AND id = ${groupId}::uuid RETURNING "codesIssued", "codesCancelled", size`;
      return updated;
    },
    async addCancelled(groupId) {
      await tx.evaluationGroup.update({ where: { tenantId_id: { tenantId, id: groupId } }, data: { codesCancelled: { increment: 1 } } });
    },
    async insertCodes(codes) {
      await tx.ballotCode.createMany({ data: codes.map((c) => ({ tenantId, ...c, codeHash: new Uint8Array(c.codeHash) })) });
    },
    deleteNumberedCode: async (groupId, serial) => (await tx.ballotCode.deleteMany({ where: { tenantId, groupId, serial } })).count,
    async numberedCodes(evaluationId) {
      const rows = await tx.ballotCode.findMany({ where: { tenantId, evaluationId, serial: { not: null } }, select: { groupId: true, serial: true, issuedOn: true }, orderBy: [{ groupId: 'asc' }, { serial: 'asc' }] });
      return rows.map((r) => ({ ...r, serial: r.serial! }));
    },
    async unusedCounts(evaluationId) {
      const rows = await tx.ballotCode.groupBy({ by: ['groupId'], where: { tenantId, evaluationId }, _count: { _all: true } });
      return new Map(rows.map((u) => [u.groupId, u._count._all]));
    },
    async castCounts(evaluationId) {
      const rows = await tx.$queryRaw<Array<{ group_id: string; cast_count: number }>>`SELECT group_id, cast_count FROM ballot_counts(${evaluationId}::uuid)`;
      return new Map(rows.map((r) => [r.group_id, r.cast_count]));
    },
    contents: (evaluationId, minBallots) => tx.$queryRaw<Array<{ group_id: string; content: unknown }>>`SELECT group_id, content FROM ballot_contents(${evaluationId}::uuid, ${minBallots}::int)`,
    async cast(evaluationId, codeHash, content, day) {
      const [outcome] = await tx.$queryRaw<[{ result: string }]>`SELECT ballot_cast(${evaluationId}::uuid, ${codeHash}, ${JSON.stringify(content)}::jsonb, ${day}::date) AS result`;
      return outcome.result === 'cast';
    },
    codeUnspent: async (evaluationId, codeHash) => (await tx.ballotCode.count({ where: { tenantId, evaluationId, codeHash: new Uint8Array(codeHash) } })) > 0,
    async unspentMemberCodes(evaluationId, hashes) {
      const rows = await tx.ballotCode.findMany({ where: { tenantId, evaluationId, serial: null, codeHash: { in: hashes.map((h) => new Uint8Array(h)) } }, select: { codeHash: true } });
      return new Set(rows.map((c) => hex(c.codeHash)));
    },
    deleteMemberCodes: async (evaluationId, hashes) => (await tx.ballotCode.deleteMany({ where: { tenantId, evaluationId, serial: null, codeHash: { in: hashes.map((h) => new Uint8Array(h)) } } })).count,
    voidCodes: async (evaluationId) => (await tx.ballotCode.deleteMany({ where: { tenantId, evaluationId } })).count,
    async close(evaluationId) {
      await tx.democraticEvaluation.update({ where: { tenantId_id: { tenantId, id: evaluationId } }, data: { status: 'closed', version: { increment: 1 } } });
    },
    async bumpMemberKey(evaluationId) {
      const [locked] = await tx.$queryRaw<Array<{ memberKey: number }>>`
        UPDATE "DemocraticEvaluation" SET "memberKey" = "memberKey" + 1
        WHERE "tenantId" = ${tenantId}::uuid AND id = ${evaluationId}::uuid AND status = 'open' RETURNING "memberKey"`;
      return locked?.memberKey ?? null;
    },
    async lockMemberKey(evaluationId, mode) {
      const rows =
        mode === 'share'
          ? await tx.$queryRaw<Array<{ memberKey: number; status: string }>>`SELECT "memberKey", status::text AS status FROM "DemocraticEvaluation" WHERE "tenantId" = ${tenantId}::uuid AND id = ${evaluationId}::uuid FOR SHARE`
          : await tx.$queryRaw<Array<{ memberKey: number; status: string }>>`SELECT "memberKey", status::text AS status FROM "DemocraticEvaluation" WHERE "tenantId" = ${tenantId}::uuid AND id = ${evaluationId}::uuid FOR UPDATE`;
      if (!rows[0]) throw notFound();
      return rows[0];
    },
    async members(evaluationId) {
      const rows = await tx.evaluationMember.findMany({ where: { tenantId, evaluationId }, select: { groupId: true, user: { select: { id: true, username: true, displayName: true } } }, orderBy: [{ user: { displayName: 'asc' } }, { userId: 'asc' }] });
      return rows.map((r) => ({ groupId: r.groupId, userId: r.user.id, username: r.user.username, displayName: r.user.displayName }));
    },
    member: (evaluationId, userId) => tx.evaluationMember.findFirst({ where: { tenantId, evaluationId, userId }, select: { groupId: true } }),
    async addMemberRows(evaluationId, groupId, userIds) {
      await tx.evaluationMember.createMany({ data: userIds.map((userId) => ({ tenantId, evaluationId, groupId, userId })) });
    },
    async removeMemberRow(evaluationId, userId) {
      await tx.evaluationMember.delete({ where: { tenantId_evaluationId_userId: { tenantId, evaluationId, userId } } });
    },
    async accounts(_evaluation, ids) {
      const rows = await tx.user.findMany({
        where: { ...(ids ? { id: { in: ids } } : {}), enabled: true, memberships: { some: { tenantId } } },
        select: { id: true, username: true, displayName: true, memberships: { where: { tenantId }, select: { role: true } } },
        orderBy: [{ displayName: 'asc' }, { username: 'asc' }],
      });
      return rows.map(accountOf);
    },
    async memberships(userId, evaluationId) {
      const rows = await tx.evaluationMember.findMany({
        where: { tenantId, userId, ...(evaluationId ? { evaluationId } : {}), evaluation: { campaign: { countyId } } },
        select: { group: { select: { evaluatorGroup: { select: { name: true } } } }, evaluation: { include: evaluationInclude } },
      });
      return rows.map((r) => ({ evaluation: fromRow(r.evaluation), groupName: r.group.evaluatorGroup.name }));
    },
  };
}

/**
 * The county home's evaluations (county-home campaigns: county departments, their leadership
 * teams and cadres), in the county call's own scope: the standing committee all of its county's,
 * a department's user its own department's (RLS). Ballots are read and cast only through the
 * `county_ballot_*` functions; codes are the standing committee's, a voter asks whether their own
 * is unspent through `county_ballot_code_unspent`.
 */
export function countyBallotStore(tx: Tx, countyId: string): BallotStore {
  type Row = Prisma.CountyDemocraticEvaluationGetPayload<{ include: typeof evaluationInclude }>;
  const fromRow = (e: Row): EvaluationRecord => e;
  return {
    home: 'county',
    auditTenantId: null,
    ruleTenantId: null,
    subjectTenantId: null,
    publicPath: (evaluationId) => `county/${countyId}/${evaluationId}`,
    async campaign(campaignId) {
      const campaign = await tx.appraisalCampaign.findFirst({ where: { id: campaignId, countyId, ownerTenantId: null, countyHome: true }, include: { evaluatorGroups: { orderBy: [{ position: 'asc' }, { name: 'asc' }] } } });
      if (!campaign) throw notFound();
      return campaign;
    },
    subjects: (campaignId, countyDepartmentId) => tx.countyAppraisalSubject.findMany({ where: { countyId, campaignId, countyDepartmentId: countyDepartmentId ?? undefined }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    async findEvaluation(id) {
      const e = await tx.countyDemocraticEvaluation.findFirst({ where: { countyId, id }, include: evaluationInclude });
      return e && fromRow(e);
    },
    async evaluations(where) {
      const rows = await tx.countyDemocraticEvaluation.findMany({ where: { countyId, ...where }, include: evaluationInclude, orderBy: [{ heldOn: 'desc' }, { title: 'asc' }] });
      return rows.map(fromRow);
    },
    heldFor: async (campaignId, countyDepartmentId) => (await tx.countyDemocraticEvaluation.count({ where: { countyId, campaignId, countyDepartmentId: countyDepartmentId ?? undefined } })) > 0,
    async createEvaluation({ countyDepartmentId, ...evaluation }, groups) {
      if (countyDepartmentId === null) throw notFound();
      await tx.countyDemocraticEvaluation.create({ data: { countyId, countyDepartmentId, ...evaluation } });
      await tx.countyEvaluationGroup.createMany({ data: groups.map((g) => ({ countyId, evaluationId: evaluation.id, ...g })) });
    },
    findGroup: (evaluationId, groupId) => tx.countyEvaluationGroup.findFirst({ where: { countyId, evaluationId, id: groupId }, include: groupInclude }),
    groups: (evaluationId) => tx.countyEvaluationGroup.findMany({ where: { countyId, evaluationId }, include: groupInclude }),
    async addIssued(groupId, count) {
      const [updated] = await tx.$queryRaw<[{ codesIssued: number; codesCancelled: number; size: number }]>`
        UPDATE "CountyEvaluationGroup" SET "codesIssued" = "codesIssued" + ${count}
        WHERE "countyId" = ${countyId}::uuid AND id = ${groupId}::uuid RETURNING "codesIssued", "codesCancelled", size`;
      return updated;
    },
    async addCancelled(groupId) {
      await tx.countyEvaluationGroup.update({ where: { countyId_id: { countyId, id: groupId } }, data: { codesCancelled: { increment: 1 } } });
    },
    async insertCodes(codes) {
      await tx.countyBallotCode.createMany({ data: codes.map((c) => ({ countyId, ...c, codeHash: new Uint8Array(c.codeHash) })) });
    },
    deleteNumberedCode: async (groupId, serial) => (await tx.countyBallotCode.deleteMany({ where: { countyId, groupId, serial } })).count,
    async numberedCodes(evaluationId) {
      const rows = await tx.countyBallotCode.findMany({ where: { countyId, evaluationId, serial: { not: null } }, select: { groupId: true, serial: true, issuedOn: true }, orderBy: [{ groupId: 'asc' }, { serial: 'asc' }] });
      return rows.map((r) => ({ ...r, serial: r.serial! }));
    },
    async unusedCounts(evaluationId) {
      const rows = await tx.countyBallotCode.groupBy({ by: ['groupId'], where: { countyId, evaluationId }, _count: { _all: true } });
      return new Map(rows.map((u) => [u.groupId, u._count._all]));
    },
    async castCounts(evaluationId) {
      const rows = await tx.$queryRaw<Array<{ group_id: string; cast_count: number }>>`SELECT group_id, cast_count FROM county_ballot_counts(${evaluationId}::uuid)`;
      return new Map(rows.map((r) => [r.group_id, r.cast_count]));
    },
    contents: (evaluationId, minBallots) => tx.$queryRaw<Array<{ group_id: string; content: unknown }>>`SELECT group_id, content FROM county_ballot_contents(${evaluationId}::uuid, ${minBallots}::int)`,
    async cast(evaluationId, codeHash, content, day) {
      const [outcome] = await tx.$queryRaw<[{ result: string }]>`SELECT county_ballot_cast(${evaluationId}::uuid, ${codeHash}, ${JSON.stringify(content)}::jsonb, ${day}::date) AS result`;
      return outcome.result === 'cast';
    },
    async codeUnspent(evaluationId, codeHash) {
      const [row] = await tx.$queryRaw<[{ unspent: boolean }]>`SELECT county_ballot_code_unspent(${evaluationId}::uuid, ${codeHash}) AS unspent`;
      return row.unspent;
    },
    async unspentMemberCodes(evaluationId, hashes) {
      const rows = await tx.countyBallotCode.findMany({ where: { countyId, evaluationId, serial: null, codeHash: { in: hashes.map((h) => new Uint8Array(h)) } }, select: { codeHash: true } });
      return new Set(rows.map((c) => hex(c.codeHash)));
    },
    deleteMemberCodes: async (evaluationId, hashes) => (await tx.countyBallotCode.deleteMany({ where: { countyId, evaluationId, serial: null, codeHash: { in: hashes.map((h) => new Uint8Array(h)) } } })).count,
    voidCodes: async (evaluationId) => (await tx.countyBallotCode.deleteMany({ where: { countyId, evaluationId } })).count,
    async close(evaluationId) {
      await tx.countyDemocraticEvaluation.update({ where: { countyId_id: { countyId, id: evaluationId } }, data: { status: 'closed', version: { increment: 1 } } });
    },
    async bumpMemberKey(evaluationId) {
      const [locked] = await tx.$queryRaw<Array<{ memberKey: number }>>`
        UPDATE "CountyDemocraticEvaluation" SET "memberKey" = "memberKey" + 1
        WHERE "countyId" = ${countyId}::uuid AND id = ${evaluationId}::uuid AND status = 'open' RETURNING "memberKey"`;
      return locked?.memberKey ?? null;
    },
    async lockMemberKey(evaluationId, mode) {
      const rows =
        mode === 'share'
          ? await tx.$queryRaw<Array<{ memberKey: number; status: string }>>`SELECT "memberKey", status::text AS status FROM "CountyDemocraticEvaluation" WHERE "countyId" = ${countyId}::uuid AND id = ${evaluationId}::uuid FOR SHARE`
          : await tx.$queryRaw<Array<{ memberKey: number; status: string }>>`SELECT "memberKey", status::text AS status FROM "CountyDemocraticEvaluation" WHERE "countyId" = ${countyId}::uuid AND id = ${evaluationId}::uuid FOR UPDATE`;
      if (!rows[0]) throw notFound();
      return rows[0];
    },
    async members(evaluationId) {
      const rows = await tx.countyEvaluationMember.findMany({ where: { countyId, evaluationId }, select: { groupId: true, user: { select: { id: true, username: true, displayName: true } } }, orderBy: [{ user: { displayName: 'asc' } }, { userId: 'asc' }] });
      return rows.map((r) => ({ groupId: r.groupId, userId: r.user.id, username: r.user.username, displayName: r.user.displayName }));
    },
    member: (evaluationId, userId) => tx.countyEvaluationMember.findFirst({ where: { countyId, evaluationId, userId }, select: { groupId: true } }),
    async addMemberRows(evaluationId, groupId, userIds) {
      await tx.countyEvaluationMember.createMany({ data: userIds.map((userId) => ({ countyId, evaluationId, groupId, userId })) });
    },
    async removeMemberRow(evaluationId, userId) {
      await tx.countyEvaluationMember.delete({ where: { countyId_evaluationId_userId: { countyId, evaluationId, userId } } });
    },
    accounts: (evaluation, ids) => departmentAccounts(tx, countyId, evaluation.countyDepartmentId!, ids),
    async memberships(userId, evaluationId) {
      const rows = await tx.countyEvaluationMember.findMany({
        where: { countyId, userId, ...(evaluationId ? { evaluationId } : {}) },
        select: { group: { select: { evaluatorGroup: { select: { name: true } } } }, evaluation: { include: evaluationInclude } },
      });
      return rows.map((r) => ({ evaluation: fromRow(r.evaluation), groupName: r.group.evaluatorGroup.name }));
    },
  };
}

/**
 * The accounts that may be listed in a department's evaluation: the department's own enabled
 * handler accounts (`county_dept_handler` memberships of that department, decision 73 §2.5).
 */
export async function departmentAccounts(tx: Tx, countyId: string, countyDepartmentId: string, ids?: string[]): Promise<MemberAccount[]> {
  const rows = await tx.user.findMany({
    where: { ...(ids ? { id: { in: ids } } : {}), enabled: true, memberships: { some: { countyId, tenantId: null, role: 'county_dept_handler', departmentId: countyDepartmentId } } },
    select: { id: true, username: true, displayName: true, memberships: { where: { countyId, tenantId: null, departmentId: countyDepartmentId }, select: { role: true } } },
    orderBy: [{ displayName: 'asc' }, { username: 'asc' }],
  });
  return rows.map(accountOf);
}
