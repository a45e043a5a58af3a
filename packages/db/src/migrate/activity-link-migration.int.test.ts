import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from './apply-migrations';
import { migrationTestServer, query } from './migration-test-database';

/**
 * One activity, one record: on a database where offices entered the same inspection as a
 * supervision activity and as a duty activity, the migration links the pair (same township,
 * day and subject) and gives every other supervision activity with deputies its duty activity.
 */
const LINK = '20261127090300_supervision_duty_activity_link_existing';

let server: Awaited<ReturnType<typeof migrationTestServer>>;
beforeAll(async () => {
  server = await migrationTestServer();
});
afterAll(() => server?.close());

/** A fresh database migrated up to, not including, the migration under test. */
const databaseBeforeLink = () => server.databaseBefore(LINK);

describe('the migration linking supervision and duty activities', () => {
  it('links the same event entered twice, creates the missing duty activities, and leaves the rest alone', async () => {
    const url = await databaseBeforeLink();
    const county = randomUUID();
    const [a, b] = [randomUUID(), randomUUID()];
    await query(url, `INSERT INTO "County" (id, code, name, "standingCommitteeName") VALUES ($1, 'c', '测试县', '测试县人大常委会')`, [county]);
    for (const [id, code] of [[a, 'a'], [b, 'b']]) await query(url, `INSERT INTO "Tenant" (id, "countyId", code, name, kind, "updatedAt") VALUES ($1, $2, $3, $3, 'town', now())`, [id, county, code]);
    const deputy = async (tenant: string, name: string) => {
      const id = randomUUID();
      await query(url, `INSERT INTO "Deputy" ("tenantId", id, name, gender, "birthDate", ethnicity, party, sector, levels, "termNo", constituency, "updatedAt") VALUES ($1, $2, $3, 'male', '1970-01-01', '汉族', 'cpc', 'farmer', '{township}', 18, '一选区', now())`, [tenant, id, name]);
      return id;
    };
    const [d1, d2, d3] = [await deputy(a, '甲'), await deputy(a, '乙'), await deputy(a, '丙')];
    const supervision = async (tenant: string, kind: string, title: string, subject: string | null, day: string, people: Array<[string, string | null]>) => {
      const id = randomUUID();
      await query(url, `INSERT INTO "SupervisionActivity" ("tenantId", id, kind, title, subject, "startDate", location, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, '石坑村', now())`, [tenant, id, kind, title, subject, day]);
      for (const [name, deputyId] of people) await query(url, `INSERT INTO "SupervisionParticipant" ("tenantId", id, "activityId", name, role, "deputyId") VALUES ($1, $2, $3, $4, $5, $6)`, [tenant, randomUUID(), id, name, deputyId ? 'deputy' : 'staff', deputyId]);
      return id;
    };
    const duty = async (tenant: string, type: string, title: string, day: string, deputies: string[]) => {
      const id = randomUUID();
      await query(url, `INSERT INTO "DutyActivity" ("tenantId", id, type, title, date, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [tenant, id, type, title, day]);
      for (const deputyId of deputies) await query(url, `INSERT INTO "DutyActivityParticipant" ("tenantId", "activityId", "deputyId") VALUES ($1, $2, $3)`, [tenant, id, deputyId]);
      return id;
    };
    const sameTitle = await supervision(a, 'inspection', '视察敬老院', null, '2026-04-12', [['甲', d1], ['刘洋', null]]);
    const sameTitleDuty = await duty(a, 'inspection', ' 视察敬老院 ', '2026-04-12', [d2]);
    const otherDay = await duty(a, 'inspection', '视察敬老院', '2026-04-13', [d3]);
    const bySubject = await supervision(a, 'survey', '村道硬化与管护专题调研', '村道管护', '2026-05-01', [['丙', d3]]);
    const bySubjectDuty = await duty(a, 'survey', '村道管护', '2026-05-01', [d3]);
    const unmatched = await supervision(a, 'work_report_hearing', '听取农村人居环境整治工作报告', null, '2026-06-01', [['甲', d1], ['乙', d2], ['刘洋', null], ['王芳', null]]);
    const noDeputies = await supervision(a, 'department_appraisal', '评议派出所', null, '2026-07-01', [['刘洋', null]]);
    const otherTownship = await duty(b, 'special_supervision', '听取农村人居环境整治工作报告', '2026-06-01', []);

    expect(await applyMigrations(url)).toContain(LINK);

    const links = new Map((await query<{ id: string; dutyActivityId: string | null }>(url, `SELECT id, "dutyActivityId" FROM "SupervisionActivity"`)).map((r) => [r.id, r.dutyActivityId]));
    expect(links.get(sameTitle)).toBe(sameTitleDuty);
    expect(links.get(bySubject)).toBe(bySubjectDuty);
    expect(links.get(noDeputies)).toBeNull();
    const created = links.get(unmatched)!;
    expect([sameTitleDuty, otherDay, bySubjectDuty, otherTownship]).not.toContain(created);

    const deputiesOf = async (activity: string) => (await query<{ deputyId: string }>(url, `SELECT "deputyId" FROM "DutyActivityParticipant" WHERE "activityId" = $1 ORDER BY "deputyId"`, [activity])).map((r) => r.deputyId);
    // Each side of a pair names everyone either side named.
    expect(await deputiesOf(sameTitleDuty)).toEqual([d1, d2].sort());
    expect(await query(url, `SELECT name, role, "deputyId" FROM "SupervisionParticipant" WHERE "activityId" = $1 ORDER BY name`, [sameTitle])).toEqual([
      { name: '乙', role: 'deputy', deputyId: d2 },
      { name: '刘洋', role: 'staff', deputyId: null },
      { name: '甲', role: 'deputy', deputyId: d1 },
    ]);
    expect(await deputiesOf(bySubjectDuty)).toEqual([d3]);
    // The new one is what the API creates: the form as a duty type, the others by name.
    expect(await query(url, `SELECT "tenantId", type, title, date::text, place, "staffParticipants" FROM "DutyActivity" WHERE id = $1`, [created])).toEqual([
      { tenantId: a, type: 'special_supervision', title: '听取农村人居环境整治工作报告', date: '2026-06-01', place: '石坑村', staffParticipants: '刘洋、王芳' },
    ]);
    expect(await deputiesOf(created)).toEqual([d1, d2].sort());
    // Nothing else changed: the other day's entry and the other township's stay apart.
    expect(await deputiesOf(otherDay)).toEqual([d3]);
    expect(await query(url, `SELECT count(*)::int AS n FROM "DutyActivity"`)).toEqual([{ n: 5 }]);
    // Row-level security is forced again on every table it touched.
    const forced = await query<{ relname: string; relforcerowsecurity: boolean }>(url, `SELECT relname, relforcerowsecurity FROM pg_class WHERE relname IN ('SupervisionActivity', 'SupervisionParticipant', 'DutyActivity', 'DutyActivityParticipant', 'Deputy')`);
    expect(forced).toHaveLength(5);
    expect(forced.every((r) => r.relforcerowsecurity)).toBe(true);
  });
});
