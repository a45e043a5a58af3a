import pg from 'pg';
import { localDay, totalFromPage } from '@pcs/domain';
import { countyReadScope, platformScope, scopeStatements, tenantScope, withCounty, type DbScope } from '@pcs/db';
import { CALLER_SQL } from '../src/caller';
import { generateScaleData } from '@pcs/db/scale';
import type { TestStack } from '../test/harness';
import { nodeHttpFetch } from './node-http-fetch';
import { fmt, timeEach, type Timing } from './timing';

const REQUESTS = 30;
const PAGE_SIZE = 50;
/** The lists' own scale data when the dashboard section (which loads the big one) is not run. */
export const LIST_SCALE = { townships: 3, deputies: 3_000, suggestions: 36_000, dutyRecords: 30_000, gridEvents: 60_000, years: 3 } as const;

type Client = ReturnType<TestStack['client']>;

/**
 * One list procedure: its call over tRPC for a page, and the raw SQL of the same page (the page's
 * rows with what the list shows of their relations, and the total), run as the table owner.
 * `$1` is the township, `$2` the page size, `$3` the offset.
 */
interface ListCase {
  name: string;
  who: 'township' | 'county' | 'gridoffice' | 'platform';
  call: (client: Client, page: number, after?: string) => Promise<{ total: number }>;
  /** Keyset paging: the key of the row before the page (`$1` tenant, `$2` its offset), and the page's rows after it (`$4`). */
  keyset?: { before: string; rows: string };
  /** The page's rows; `$1` tenant, `$2` limit, `$3` offset. */
  rows: string;
  /** The list's total; `$1` tenant. */
  total: string;
}

const count = (table: string, where = `t."tenantId" = $1`) => `SELECT count(*) FROM "${table}" t WHERE ${where}`;

/** Every paginated list procedure (listQuerySchema), township, county and platform ones. */
const CASES: ListCase[] = [
  {
    name: 'villages.list (by population)',
    who: 'township',
    call: (c, page) => c.villages.list.query({ page, pageSize: PAGE_SIZE, sortBy: 'population', sortDirection: 'desc' }),
    rows: `SELECT p.*, (SELECT count(*) FROM "Grid" g WHERE g."tenantId" = p."tenantId" AND g."villageId" = p.id) AS grids
           FROM (SELECT * FROM "Village" t WHERE t."tenantId" = $1 ORDER BY population DESC, id LIMIT $2 OFFSET $3) p ORDER BY population DESC, id`,
    total: count('Village'),
  },
  {
    name: 'deputies.list',
    who: 'township',
    call: (c, page) => c.deputies.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, g.name AS group_name, s.name AS station_name
           FROM (SELECT * FROM "Deputy" t WHERE t."tenantId" = $1 ORDER BY name, id LIMIT $2 OFFSET $3) p
           LEFT JOIN "DeputyGroup" g ON g."tenantId" = p."tenantId" AND g.id = p."groupId"
           LEFT JOIN "LiaisonStation" s ON s."tenantId" = p."tenantId" AND s.id = p."stationId" ORDER BY p.name, p.id`,
    total: count('Deputy'),
  },
  {
    name: 'dutyActivities.list',
    who: 'township',
    call: (c, page) => c.dutyActivities.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, g.name AS group_name, sa.title AS supervision_title,
             (SELECT count(*) FROM "DutyActivityParticipant" x WHERE x."tenantId" = p."tenantId" AND x."activityId" = p.id) AS participants
           FROM (SELECT * FROM "DutyActivity" t WHERE t."tenantId" = $1 ORDER BY date, id LIMIT $2 OFFSET $3) p
           LEFT JOIN "DeputyGroup" g ON g."tenantId" = p."tenantId" AND g.id = p."groupId"
           LEFT JOIN "SupervisionActivity" sa ON sa."tenantId" = p."tenantId" AND sa."dutyActivityId" = p.id ORDER BY p.date, p.id`,
    total: count('DutyActivity'),
  },
  {
    name: 'congressMeetings.list',
    who: 'township',
    call: (c, page) => c.congressMeetings.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*,
             (SELECT count(*) FROM "MeetingAttendance" a WHERE a."tenantId" = p."tenantId" AND a."meetingId" = p.id) AS expected,
             (SELECT count(*) FROM "MeetingAttendance" a WHERE a."tenantId" = p."tenantId" AND a."meetingId" = p.id AND a.status = 'present') AS present,
             (SELECT count(*) FROM "MeetingAgendaItem" a WHERE a."tenantId" = p."tenantId" AND a."meetingId" = p.id) AS agenda,
             (SELECT count(*) FROM "MeetingOutcome" a WHERE a."tenantId" = p."tenantId" AND a."meetingId" = p.id) AS outcomes
           FROM (SELECT * FROM "CongressMeeting" t WHERE t."tenantId" = $1 ORDER BY "startDate", id LIMIT $2 OFFSET $3) p ORDER BY p."startDate", p.id`,
    total: count('CongressMeeting'),
  },
  {
    name: 'deputyDeeds.list',
    who: 'township',
    call: (c, page) => c.deputyDeeds.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, d.name FROM (SELECT * FROM "DeputyDeed" t WHERE t."tenantId" = $1 ORDER BY date, id LIMIT $2 OFFSET $3) p
           JOIN "Deputy" d ON d."tenantId" = p."tenantId" AND d.id = p."deputyId" ORDER BY p.date, p.id`,
    total: count('DeputyDeed'),
  },
  {
    name: 'receptions.list',
    who: 'township',
    call: (c, page) => c.receptions.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, s.name AS station_name,
             (SELECT json_agg(json_build_object('id', d.id, 'name', d.name)) FROM "ReceptionDuty" r JOIN "Deputy" d ON d."tenantId" = r."tenantId" AND d.id = r."deputyId" WHERE r."tenantId" = p."tenantId" AND r."receptionId" = p.id) AS deputies,
             (SELECT count(*) FROM "ReceptionVisit" v WHERE v."tenantId" = p."tenantId" AND v."receptionId" = p.id) AS visits
           FROM (SELECT * FROM "ReceptionDay" t WHERE t."tenantId" = $1 ORDER BY date, id LIMIT $2 OFFSET $3) p
           LEFT JOIN "LiaisonStation" s ON s."tenantId" = p."tenantId" AND s.id = p."stationId" ORDER BY p.date, p.id`,
    total: count('ReceptionDay'),
  },
  {
    name: 'supervision.activities.list',
    who: 'township',
    call: (c, page) => c.supervision.activities.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, i.title AS plan_item,
             (SELECT count(*) FROM "SupervisionParticipant" x WHERE x."tenantId" = p."tenantId" AND x."activityId" = p.id) AS participants,
             (SELECT count(*) FROM "Rectification" x WHERE x."tenantId" = p."tenantId" AND x."activityId" = p.id) AS rectifications
           FROM (SELECT * FROM "SupervisionActivity" t WHERE t."tenantId" = $1 ORDER BY "startDate" DESC, id LIMIT $2 OFFSET $3) p
           LEFT JOIN "SupervisionPlanItem" i ON i."tenantId" = p."tenantId" AND i.id = p."planItemId" ORDER BY p."startDate" DESC, p.id`,
    total: count('SupervisionActivity'),
  },
  {
    name: 'supervision.rectifications.list',
    who: 'township',
    call: (c, page) => c.supervision.rectifications.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, a.title, a.kind FROM (SELECT * FROM "Rectification" t WHERE t."tenantId" = $1
             ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn", id LIMIT $2 OFFSET $3) p
           LEFT JOIN "SupervisionActivity" a ON a."tenantId" = p."tenantId" AND a.id = p."activityId"`,
    total: count('Rectification'),
  },
  {
    name: 'supervision.petitions.list',
    who: 'township',
    call: (c, page) => c.supervision.petitions.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT * FROM "Petition" t WHERE t."tenantId" = $1 ORDER BY "receivedOn" DESC, id LIMIT $2 OFFSET $3`,
    total: count('Petition'),
  },
  {
    name: 'congressDocuments.list',
    who: 'township',
    call: (c, page) => c.congressDocuments.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT * FROM "CongressDocument" t WHERE t."tenantId" = $1 ORDER BY date, id LIMIT $2 OFFSET $3`,
    total: count('CongressDocument'),
  },
  {
    name: 'suggestions.list (office, default order)',
    who: 'township',
    call: (c, page) => c.suggestions.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*,
             (SELECT json_agg(json_build_object('deputyId', s."deputyId", 'deputyName', s."deputyName", 'lead', s.lead)) FROM "SuggestionSigner" s WHERE s."tenantId" = p."tenantId" AND s."suggestionId" = p.id) AS signers,
             (SELECT json_agg(json_build_object('id', a.id, 'role', a.role, 'unitName', a."unitName", 'dueOn', a."dueOn")) FROM "SuggestionAssignment" a WHERE a."tenantId" = p."tenantId" AND a."suggestionId" = p.id AND a."endedAt" IS NULL) AS assignments
           FROM (SELECT * FROM "Suggestion" t WHERE t."tenantId" = $1
             ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, number DESC, id LIMIT $2 OFFSET $3) p
           ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, number DESC, id`,
    total: count('Suggestion'),
  },
  {
    name: 'gridEvents.list (office, default order)',
    who: 'township',
    call: (c, page) => c.gridEvents.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, g.name AS grid_name FROM (SELECT * FROM "GridEvent" t WHERE t."tenantId" = $1
             ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, "reportedAt" DESC, id LIMIT $2 OFFSET $3) p
           JOIN "Grid" g ON g."tenantId" = p."tenantId" AND g.id = p."gridId"
           ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, "reportedAt" DESC, p.id`,
    total: count('GridEvent'),
  },
  {
    name: 'patrols.list',
    who: 'township',
    call: (c, page) => c.patrols.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, g.name AS grid_name,
             (SELECT count(*) FROM "LedgerInspection" i WHERE i."tenantId" = p."tenantId" AND i."patrolId" = p.id) AS inspections,
             (SELECT count(*) FROM "LedgerInspection" i WHERE i."tenantId" = p."tenantId" AND i."patrolId" = p.id AND i."problemFound") AS problems,
             (SELECT count(*) FROM "Attachment" a WHERE a."tenantId" = p."tenantId" AND a."ownerKind" = 'patrol' AND a."ownerId" = p.id) AS photos
           FROM (SELECT * FROM "Patrol" t WHERE t."tenantId" = $1 ORDER BY "startedAt", id LIMIT $2 OFFSET $3) p
           JOIN "Grid" g ON g."tenantId" = p."tenantId" AND g.id = p."gridId" ORDER BY p."startedAt", p.id`,
    total: count('Patrol'),
  },
  {
    name: 'ledgers.list',
    who: 'township',
    call: (c, page) => c.ledgers.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, g.name AS grid_name, last."inspectedAt", last."problemFound",
             (SELECT count(*) FROM "LedgerInspection" i WHERE i."tenantId" = p."tenantId" AND i."ledgerObjectId" = p.id) AS inspections
           FROM (SELECT * FROM "LedgerObject" t WHERE t."tenantId" = $1 ORDER BY name, id LIMIT $2 OFFSET $3) p
           JOIN "Grid" g ON g."tenantId" = p."tenantId" AND g.id = p."gridId"
           LEFT JOIN LATERAL (SELECT "inspectedAt", "problemFound" FROM "LedgerInspection" i WHERE i."tenantId" = p."tenantId" AND i."ledgerObjectId" = p.id ORDER BY "inspectedAt" DESC LIMIT 1) last ON true
           ORDER BY p.name, p.id`,
    total: count('LedgerObject'),
  },
  {
    name: 'handlingUnits.list',
    who: 'township',
    call: (c, page) => c.handlingUnits.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, (SELECT count(*) FROM "Membership" m WHERE m."tenantId" = p."tenantId" AND m."handlingUnitId" = p.id) AS handlers
           FROM (SELECT * FROM "HandlingUnit" t WHERE t."tenantId" = $1 ORDER BY name, id LIMIT $2 OFFSET $3) p ORDER BY p.name, p.id`,
    total: count('HandlingUnit'),
  },
  {
    name: 'audit.listTownship',
    who: 'township',
    call: (c, page) => c.audit.listTownship.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT * FROM "AuditLog" t WHERE t."tenantId" = $1 ORDER BY id DESC LIMIT $2 OFFSET $3`,
    total: count('AuditLog'),
  },
  {
    name: 'audit.listTownship (keyset: after the last entry of the page before)',
    who: 'township',
    call: (c, page, after) => c.audit.listTownship.query({ page, pageSize: PAGE_SIZE, ...(after ? { after } : {}) }),
    rows: `SELECT * FROM "AuditLog" t WHERE t."tenantId" = $1 ORDER BY id DESC LIMIT $2 OFFSET $3`,
    total: count('AuditLog'),
    keyset: {
      before: `SELECT id::text FROM "AuditLog" WHERE "tenantId" = $1 ORDER BY id DESC OFFSET $2 LIMIT 1`,
      rows: `SELECT * FROM "AuditLog" t WHERE t."tenantId" = $1 AND id < $4::bigint ORDER BY id DESC LIMIT $2 OFFSET $3`,
    },
  },
  {
    name: 'appraisal.campaigns.list',
    who: 'township',
    call: (c, page) => c.appraisal.campaigns.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, (SELECT count(*) FROM "AppraisalSubject" s WHERE s."campaignId" = p.id) AS subjects
           FROM (SELECT * FROM "AppraisalCampaign" t WHERE t."ownerTenantId" = $1 ORDER BY "createdAt", id LIMIT $2 OFFSET $3) p ORDER BY p."createdAt", p.id`,
    total: count('AppraisalCampaign', `t."ownerTenantId" = $1`),
  },
  {
    name: 'notifications.list',
    who: 'township',
    call: (c, page) => c.notifications.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT * FROM "Notification" t WHERE t."recipientUserId" = (SELECT id FROM "User" WHERE username = 'xikou.admin') AND $1::uuid IS NOT NULL ORDER BY "createdAt" DESC, id LIMIT $2 OFFSET $3`,
    total: count('Notification', `t."recipientUserId" = (SELECT id FROM "User" WHERE username = 'xikou.admin') AND $1::uuid IS NOT NULL`),
  },
  {
    name: 'countySupervision.suggestions.list (county, default order)',
    who: 'county',
    call: (c, page) => c.countySupervision.suggestions.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*,
             (SELECT json_agg(json_build_object('deputyId', s."deputyId", 'deputyName', s."deputyName", 'lead', s.lead)) FROM "SuggestionSigner" s WHERE s."tenantId" = p."tenantId" AND s."suggestionId" = p.id) AS signers,
             (SELECT json_agg(json_build_object('id', a.id, 'role', a.role, 'unitName', a."unitName", 'dueOn', a."dueOn")) FROM "SuggestionAssignment" a WHERE a."tenantId" = p."tenantId" AND a."suggestionId" = p.id AND a."endedAt" IS NULL) AS assignments,
             (SELECT name FROM "Tenant" x WHERE x.id = p."tenantId") AS township
           FROM (SELECT * FROM "Suggestion" t WHERE t."tenantId" IN (SELECT id FROM "Tenant" WHERE "countyId" = (SELECT "countyId" FROM "Tenant" WHERE id = $1))
             ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, number DESC, id LIMIT $2 OFFSET $3) p
           ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, number DESC, id`,
    total: count('Suggestion', `t."tenantId" IN (SELECT id FROM "Tenant" WHERE "countyId" = (SELECT "countyId" FROM "Tenant" WHERE id = $1))`),
  },
  {
    name: 'countyGridEvents.list (county grid office)',
    who: 'gridoffice',
    call: (c, page) => c.countyGridEvents.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, g.name AS grid_name, (SELECT name FROM "Tenant" x WHERE x.id = p."tenantId") AS township
           FROM (SELECT * FROM "GridEvent" t WHERE t."tenantId" IN (SELECT id FROM "Tenant" WHERE "countyId" = (SELECT "countyId" FROM "Tenant" WHERE id = $1)) AND ("escalationCount" > 0 OR overdue)
             ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, "reportedAt" DESC, id LIMIT $2 OFFSET $3) p
           JOIN "Grid" g ON g."tenantId" = p."tenantId" AND g.id = p."gridId"
           ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, "reportedAt" DESC, p.id`,
    total: count('GridEvent', `t."tenantId" IN (SELECT id FROM "Tenant" WHERE "countyId" = (SELECT "countyId" FROM "Tenant" WHERE id = $1)) AND ("escalationCount" > 0 OR overdue)`),
  },
  {
    name: 'tenants.list (platform)',
    who: 'platform',
    call: (c, page) => c.tenants.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, (SELECT count(*) FROM "Village" v WHERE v."tenantId" = p.id) AS villages, (SELECT count(*) FROM "Grid" g WHERE g."tenantId" = p.id) AS grids,
             (SELECT count(*) FROM "Membership" m WHERE m."tenantId" = p.id) AS users
           FROM (SELECT * FROM "Tenant" t WHERE t."countyId" = (SELECT "countyId" FROM "Tenant" WHERE id = $1) AND status <> 'archived' ORDER BY code, id LIMIT $2 OFFSET $3) p ORDER BY p.code, p.id`,
    total: count('Tenant', `t."countyId" = (SELECT "countyId" FROM "Tenant" WHERE id = $1) AND status <> 'archived'`),
  },
  {
    name: 'users.list (platform)',
    who: 'platform',
    call: (c, page) => c.users.list.query({ page, pageSize: PAGE_SIZE }),
    rows: `SELECT p.*, (SELECT json_agg(json_build_object('role', m.role, 'tenantId', m."tenantId")) FROM "Membership" m WHERE m."userId" = p.id) AS memberships
           FROM (SELECT * FROM "User" t WHERE $1::uuid IS NOT NULL ORDER BY username, id LIMIT $2 OFFSET $3) p ORDER BY p.username, p.id`,
    total: `SELECT count(*) FROM "User" WHERE $1::uuid IS NOT NULL`,
  },
];

/** Rows the scale data does not have, so that every list has pages to turn (owner, triggers off, as a bulk load). */
async function fillLists(raw: pg.Client, tenantId: string, userIds: string[]) {
  await raw.query('SET session_replication_role = replica');
  const t = [tenantId];
  await raw.query(`INSERT INTO "Village" ("tenantId", id, name, kind, population, "updatedAt") SELECT $1, gen_random_uuid(), '基准村' || i, 'village', i, now() FROM generate_series(1, 5000) i`, t);
  await raw.query(
    `INSERT INTO "LedgerObject" ("tenantId", id, "gridId", kind, name, address, "riskLevel", "updatedAt")
     SELECT $1, gen_random_uuid(), g.id, (enum_range(NULL::"LedgerObjectKind"))[1], '基准对象' || i, '地址' || i, (enum_range(NULL::"RiskLevel"))[1], now()
     FROM generate_series(1, 250) i CROSS JOIN (SELECT id FROM "Grid" WHERE "tenantId" = $1 LIMIT 20) g`,
    t,
  );
  await raw.query(
    `INSERT INTO "SupervisionActivity" ("tenantId", id, kind, title, "startDate", "updatedAt")
     SELECT $1, gen_random_uuid(), (enum_range(NULL::"SupervisionKind"))[1 + i % 3], '基准监督' || i, current_date - (i % 1000), now() FROM generate_series(1, 5000) i`,
    t,
  );
  await raw.query(
    `INSERT INTO "DeputyDeed" ("tenantId", id, "deputyId", date, title, "updatedAt")
     SELECT $1, gen_random_uuid(), d.id, current_date - (i % 1000), '基准事迹' || i, now() FROM generate_series(1, 5) i CROSS JOIN (SELECT id FROM "Deputy" WHERE "tenantId" = $1 LIMIT 1000) d`,
    t,
  );
  await raw.query(`INSERT INTO "ReceptionDay" ("tenantId", id, date, place, "updatedAt") SELECT $1, gen_random_uuid(), current_date - i, '接待点' || i, now() FROM generate_series(1, 3000) i`, t);
  await raw.query(
    `INSERT INTO "Notification" ("tenantId", id, "recipientUserId", kind, entity, "entityId", title, "createdAt")
     SELECT $1, gen_random_uuid(), $2, 'reminder', 'Suggestion', gen_random_uuid(), '基准提醒' || i, now() - i * interval '1 minute' FROM generate_series(1, 5000) i`,
    [tenantId, userIds[0]],
  );
  await raw.query('SET session_replication_role = DEFAULT');
  // The township's audit chain, through the one way in (its hash chain), as the platform.
  await raw.query('BEGIN');
  await raw.query(`SET LOCAL app.platform = 'on'`);
  await raw.query(`SELECT count(audit_append($1, NULL, '基准', 'update', 'Village', NULL, NULL, jsonb_build_object('n', i), NULL)) FROM generate_series(1, 20000) i`, t);
  await raw.query('COMMIT');
  await raw.query('ANALYZE');
}

export interface ListRow {
  name: string;
  page: string;
  api: Timing;
  /** The bare SQL of the same page; none for the rows that read no list (`floorOfACall`). */
  sql?: Timing;
  /** The SQL the call itself sends, by hand: the caller, the scoped transaction, the page, the total when counted. */
  callSql?: Timing;
}

/** Who calls each kind of list, and the scope their calls run under. */
const CALLERS: Record<ListCase['who'], string> = { township: 'xikou.admin', county: 'county', gridoffice: 'gridoffice', platform: 'admin' };

/**
 * Every paginated list procedure, its first page and a deep one (about four fifths in), over tRPC
 * over HTTP with a real token, each beside the raw SQL of the same page measured in the same run.
 * Uses the dashboard's scale townships when they are loaded, else loads `LIST_SCALE`.
 */
export async function benchLists(stack: TestStack, superuserUrl: string): Promise<{ rows: ListRow[]; tenantId: string }> {
  const county = (await stack.ownerDb.county.findFirst({ select: { id: true } }))!;
  let scale = await stack.ownerDb.tenant.findMany({ where: { code: { startsWith: 'scale' } }, select: { id: true }, orderBy: { code: 'asc' } });
  if (scale.length === 0) {
    const loaded = await generateScaleData(superuserUrl, { countyId: county.id, ...LIST_SCALE, lastDay: localDay(new Date(), 'Asia/Shanghai') }, (line) => process.stdout.write(`\r${line}   `));
    console.log(`\nList scale data (COPY): ${loaded.seconds.toFixed(0)} s`, loaded.rows);
    scale = loaded.tenantIds.map((id) => ({ id }));
  }
  const tenantId = scale[0]!.id;
  const users = await stack.ownerDb.user.findMany({ where: { username: { in: ['xikou.admin', 'county', 'gridoffice', 'admin'] } }, select: { id: true, username: true } });
  const admin = users.find((u) => u.username === 'xikou.admin')!;
  await stack.ownerDb.membership.createMany({ data: [{ userId: admin.id, countyId: county.id, tenantId, role: 'township_admin' }], skipDuplicates: true });
  const raw = new pg.Client({ connectionString: superuserUrl });
  // The application role, under row-level security as the API is: the raw SQL of the whole call.
  const app = new pg.Client({ connectionString: stack.appUrl });
  await Promise.all([raw.connect(), app.connect()]);
  const countyTownships = (await stack.ownerDb.tenant.findMany({ where: { countyId: county.id }, select: { id: true } })).map((t) => t.id);
  const countyScope = withCounty(countyReadScope(countyTownships), county.id);
  const scopes: Record<ListCase['who'], DbScope> = { township: tenantScope(tenantId), county: countyScope, gridoffice: countyScope, platform: platformScope() };
  const rows: ListRow[] = [];
  try {
    if ((await raw.query('SELECT count(*)::int AS n FROM "Village" WHERE "tenantId" = $1', [tenantId])).rows[0].n < 1000) await fillLists(raw, tenantId, [admin.id]);
    const fetch = nodeHttpFetch();
    const clients: Record<ListCase['who'], Client> = {
      township: stack.client('xikou.admin', { tenantId, fetch }),
      county: stack.client('county', { fetch }),
      gridoffice: stack.client('gridoffice', { fetch }),
      platform: stack.client('admin', { fetch }),
    };
    for (const list of CASES) {
      const client = clients[list.who];
      const { total } = await list.call(client, 1);
      const deep = Math.max(1, Math.floor((Math.ceil(total / PAGE_SIZE) * 4) / 5));
      for (const page of deep > 1 ? [1, deep] : [1]) {
        const after = list.keyset && page > 1 ? (await raw.query<{ id: string }>(list.keyset.before, [tenantId, (page - 1) * PAGE_SIZE - 1])).rows[0]!.id : undefined;
        const api = await timeEach(REQUESTS, () => list.call(client, page, after));
        const sql = await timeEach(REQUESTS, async () => {
          if (after) await raw.query(list.keyset!.rows, [tenantId, PAGE_SIZE, 0, after]);
          else await raw.query(list.rows, [tenantId, PAGE_SIZE, (page - 1) * PAGE_SIZE]);
          await raw.query(list.total, [tenantId]);
        });
        // The same statements the call sends, in the same order, from node-postgres: what no server code could do with less.
        const scope = scopeStatements(scopes[list.who]).join(';\n');
        const callSql = await timeEach(REQUESTS, async () => {
          await app.query(CALLER_SQL, [CALLERS[list.who]]);
          await app.query('BEGIN');
          await app.query(scope);
          const { rowCount } = after ? await app.query(list.keyset!.rows, [tenantId, PAGE_SIZE, 0, after]) : await app.query(list.rows, [tenantId, PAGE_SIZE, (page - 1) * PAGE_SIZE]);
          if (after || totalFromPage({ page, pageSize: PAGE_SIZE }, rowCount ?? 0) === null) await app.query(list.total, [tenantId]);
          await app.query('COMMIT');
        });
        rows.push({ name: list.name, page: `${page} of ${Math.max(1, Math.ceil(total / PAGE_SIZE))} (${total.toLocaleString('en')} rows)`, api, sql, callSql });
        process.stdout.write(`\r${list.name} page ${page}            `);
      }
    }
    rows.push(...(await floorOfACall(stack, clients.township, fetch)));
  } finally {
    await Promise.all([raw.end(), app.end()]);
  }
  console.log(
    `\n\nList pages: ${REQUESTS} sequential calls each, ${PAGE_SIZE} rows a page; the raw SQL is the page's rows with what the list shows of their relations, plus the total, as the table owner; ` +
      "the call's SQL is the statements the call sends (the caller, BEGIN, the scope, the page, the total when the page cannot tell it, COMMIT) from node-postgres as the application role",
  );
  console.log(listTable(rows));
  return { rows, tenantId };
}

/**
 * What every signed-in call costs before it reads a list, on the same client: the HTTP exchange
 * alone (`/healthz`: no tRPC, no token, no database) and a signed-in call that reads no list
 * (`me.get`: the token's check and the caller). Their rows in the table have no SQL to compare with.
 */
async function floorOfACall(stack: TestStack, client: Client, fetch: typeof globalThis.fetch): Promise<ListRow[]> {
  const http = await timeEach(REQUESTS, async () => (await fetch(`${stack.apiUrl}/healthz`)).json());
  const signedIn = await timeEach(REQUESTS, () => client.me.get.query());
  return [
    { name: 'floor: the HTTP exchange alone (/healthz)', page: '-', api: http },
    { name: 'floor: a signed-in call reading no list (me.get: token, caller)', page: '-', api: signedIn },
  ];
}

/** The table as Markdown, for the README. */
export function listTable(rows: ListRow[]): string {
  const withCall = rows.some((r) => r.callSql);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  const lines = [
    `| list | page | p50 ms | p95 ms | raw SQL p50 ms | raw SQL p95 ms | p50 ratio | p95 ratio |${withCall ? " call's SQL p50 / p95 ms | p50 / p95 ratio to it |" : ''}`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |${withCall ? ' ---: | ---: |' : ''}`,
  ];
  for (const r of rows) {
    const call = r.callSql ? ` ${fmt(r.callSql.p50Ms)} / ${fmt(r.callSql.p95Ms)} | ${ratio(r.api.p50Ms, r.callSql.p50Ms)} / ${ratio(r.api.p95Ms, r.callSql.p95Ms)} |` : withCall ? ' - | - |' : '';
    const sql = r.sql ? `${fmt(r.sql.p50Ms)} | ${fmt(r.sql.p95Ms)} | ${ratio(r.api.p50Ms, r.sql.p50Ms)} | ${ratio(r.api.p95Ms, r.sql.p95Ms)}` : '- | - | - | -';
    lines.push(`| ${r.name} | ${r.page} | ${fmt(r.api.p50Ms)} | ${fmt(r.api.p95Ms)} | ${sql} |${call}`);
  }
  return lines.join('\n');
}

/**
 * Row-level security's cost and the planner's view of it: count(*) under RLS (the app role, the
 * township set) against the same count with an explicit filter as the owner, and the estimated
 * against the actual rows of a list's scan under RLS (the policy's settings read once per statement).
 */
export async function benchRls(stack: TestStack, superuserUrl: string, tenantId: string) {
  const raw = new pg.Client({ connectionString: stack.ownerUrl });
  const app = new pg.Client({ connectionString: stack.appUrl });
  await Promise.all([raw.connect(), app.connect()]);
  try {
    const scoped = async <T>(fn: () => Promise<T>) => {
      await app.query('BEGIN');
      await app.query(scopeStatements(tenantScope(tenantId)).join('; '));
      try {
        return await fn();
      } finally {
        await app.query('COMMIT');
      }
    };
    const underRls = await timeEach(REQUESTS, () => scoped(() => app.query('SELECT count(*) FROM "Village"')));
    const filtered = await timeEach(REQUESTS, async () => {
      await raw.query('BEGIN');
      await raw.query('SELECT count(*) FROM "Village" WHERE "tenantId" = $1', [tenantId]);
      await raw.query('COMMIT');
    });
    console.log('\nRow-level security: count(*) of a township\'s villages under RLS vs WHERE "tenantId" as the owner');
    console.log(listTable([{ name: 'count(*) under RLS vs explicit filter', page: '-', api: underRls, sql: filtered }]));
    await comparePolicies(superuserUrl, tenantId);
  } finally {
    await Promise.all([raw.end(), app.end()]);
  }
}

/** The plans of three list queries under RLS as the app role, once with the policies as they were (settings read per row), once as they are. */
const EXPLAINED: Array<[string, string, string]> = [
  ['villages of one kind by population, page 1', 'Village', `SELECT * FROM "Village" WHERE kind = 'village' ORDER BY population DESC, id LIMIT 50`],
  ['suggestions, the page\'s ids in the default order', 'Suggestion', `SELECT id FROM "Suggestion" ORDER BY overdue DESC, "isKey" DESC, "closedAt" DESC NULLS FIRST, "dueOn" ASC NULLS LAST, number DESC, id LIMIT 50`],
  ['grid events of one state, count', 'GridEvent', `SELECT count(*) FROM "GridEvent" WHERE state = 'closed'`],
];

async function comparePolicies(superuserUrl: string, tenantId: string) {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  const lines: string[] = ['| query | policy | top node | estimated rows at the scan | actual rows | execution ms |', '| --- | --- | --- | ---: | ---: | ---: |'];
  try {
    for (const [label, table, sql] of EXPLAINED) {
      // Each form twice, alternating, and the second of each reported: both on a warm cache.
      for (const [policy, using, report] of [
        ['per row (before)', `"tenantId" = ANY (app_read_tenants())`, false],
        ['once per statement (now)', `"tenantId" = ANY ((SELECT app_read_tenants())::uuid[])`, false],
        ['per row (before)', `"tenantId" = ANY (app_read_tenants())`, true],
        ['once per statement (now)', `"tenantId" = ANY ((SELECT app_read_tenants())::uuid[])`, true],
      ] as const) {
        // In a transaction rolled back: the policy swapped for the plan only, then restored.
        await client.query('BEGIN');
        try {
          await client.query(`DROP POLICY tenant_read ON "${table}"`);
          await client.query(`CREATE POLICY tenant_read ON "${table}" FOR SELECT USING (${using})`);
          await client.query('SET LOCAL ROLE pcs_app');
          await client.query(scopeStatements(tenantScope(tenantId)).join('; '));
          const plan = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`)).rows[0]['QUERY PLAN'][0] as { Plan: PlanNode; 'Execution Time': number };
          const scan = findScan(plan.Plan, table);
          if (report) lines.push(`| ${label} | ${policy} | ${plan.Plan['Node Type']} | ${scan?.['Plan Rows'] ?? '?'} (${scan?.['Node Type'] ?? '?'}) | ${scan?.['Actual Rows'] ?? '?'} | ${fmt(plan['Execution Time'])} |`);
        } finally {
          await client.query('ROLLBACK');
        }
      }
    }
  } finally {
    await client.end();
  }
  console.log('\nRow-level security and the planner: the read policy with the settings read per row (before) and once per statement (now), EXPLAIN ANALYZE as the app role');
  console.log(lines.join('\n'));
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Plan Rows': number;
  'Actual Rows': number;
  Plans?: PlanNode[];
}

function findScan(node: PlanNode, table: string): PlanNode | undefined {
  if (node['Relation Name'] === table) return node;
  for (const child of node.Plans ?? []) {
    const found = findScan(child, table);
    if (found) return found;
  }
  return undefined;
}
