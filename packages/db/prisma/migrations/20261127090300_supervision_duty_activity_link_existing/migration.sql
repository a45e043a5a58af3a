-- One activity, one record (docs/decisions-activity.md): a supervision activity (视察、调研…)
-- with deputies is also their duty activity (履职活动). Until now an office could enter the
-- same event twice, once in each area, and a deputy's points counted it twice. This links
-- what exists:
--   1. a supervision activity and a duty activity of the same township, on the same day and
--      about the same subject (the duty activity's title is the supervision activity's title
--      or subject, spaces trimmed) are one event: linked, and each side gets the deputies
--      only the other side named;
--   2. every other supervision activity with deputies gets its duty activity, as the API
--      creates it (packages/domain/src/deputies/supervision-duty.ts).
-- Nothing is deleted: an entry that matched nothing stays as it was.

-- The owner works on every township's rows here; FORCE'd policies would hide them from it.
ALTER TABLE "SupervisionActivity" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "SupervisionParticipant" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "DutyActivity" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "DutyActivityParticipant" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "Deputy" NO FORCE ROW LEVEL SECURITY;

-- 1. Pairs: the best duty activity for each supervision activity (most deputies in common,
--    then the earliest entered), and each duty activity in one pair at most.
CREATE TEMP TABLE activity_pair AS
WITH candidate AS (
  SELECT sa."tenantId", sa.id AS supervision_id, da.id AS duty_id, da."createdAt" AS duty_created,
    (SELECT count(*) FROM "SupervisionParticipant" sp
       JOIN "DutyActivityParticipant" dp ON dp."tenantId" = sp."tenantId" AND dp."activityId" = da.id AND dp."deputyId" = sp."deputyId"
      WHERE sp."tenantId" = sa."tenantId" AND sp."activityId" = sa.id) AS shared
  FROM "SupervisionActivity" sa
  JOIN "DutyActivity" da ON da."tenantId" = sa."tenantId" AND da.date = sa."startDate"
    AND (btrim(da.title) = btrim(sa.title) OR btrim(da.title) = btrim(COALESCE(sa.subject, '')))
  WHERE sa."dutyActivityId" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "SupervisionActivity" o WHERE o."tenantId" = da."tenantId" AND o."dutyActivityId" = da.id)
), best AS (
  SELECT DISTINCT ON ("tenantId", supervision_id) * FROM candidate
  ORDER BY "tenantId", supervision_id, shared DESC, duty_created, duty_id
)
SELECT DISTINCT ON ("tenantId", duty_id) "tenantId", supervision_id, duty_id FROM best
ORDER BY "tenantId", duty_id, shared DESC, supervision_id;

UPDATE "SupervisionActivity" sa SET "dutyActivityId" = p.duty_id
FROM activity_pair p WHERE sa."tenantId" = p."tenantId" AND sa.id = p.supervision_id;

INSERT INTO "DutyActivityParticipant" ("tenantId", "activityId", "deputyId")
SELECT DISTINCT sp."tenantId", p.duty_id, sp."deputyId"
FROM activity_pair p
JOIN "SupervisionParticipant" sp ON sp."tenantId" = p."tenantId" AND sp."activityId" = p.supervision_id AND sp."deputyId" IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO "SupervisionParticipant" ("tenantId", id, "activityId", name, role, "deputyId")
SELECT dp."tenantId", gen_random_uuid(), p.supervision_id, d.name, 'deputy', dp."deputyId"
FROM activity_pair p
JOIN "DutyActivityParticipant" dp ON dp."tenantId" = p."tenantId" AND dp."activityId" = p.duty_id
JOIN "Deputy" d ON d."tenantId" = dp."tenantId" AND d.id = dp."deputyId"
WHERE NOT EXISTS (
  SELECT 1 FROM "SupervisionParticipant" sp
  WHERE sp."tenantId" = p."tenantId" AND sp."activityId" = p.supervision_id AND sp."deputyId" = dp."deputyId"
);

-- 2. The duty activity of every other supervision activity with deputies: its form as a duty
--    type (DUTY_TYPE_OF_SUPERVISION), its title, days and place, the other participants by name.
CREATE TEMP TABLE activity_new_duty AS
SELECT sa."tenantId", sa.id AS supervision_id, gen_random_uuid() AS duty_id
FROM "SupervisionActivity" sa
WHERE sa."dutyActivityId" IS NULL
  AND EXISTS (SELECT 1 FROM "SupervisionParticipant" sp WHERE sp."tenantId" = sa."tenantId" AND sp."activityId" = sa.id AND sp."deputyId" IS NOT NULL);

INSERT INTO "DutyActivity" ("tenantId", id, type, title, date, "endDate", place, "staffParticipants", "updatedAt")
SELECT sa."tenantId", n.duty_id,
  (CASE sa.kind
    WHEN 'inspection' THEN 'inspection'
    WHEN 'law_enforcement_check' THEN 'law_enforcement_check'
    WHEN 'survey' THEN 'survey'
    WHEN 'work_report_hearing' THEN 'special_supervision'
    WHEN 'department_appraisal' THEN 'appraisal'
  END)::"DutyActivityType",
  left(sa.title, 100), sa."startDate", sa."endDate", left(sa.location, 100),
  (SELECT NULLIF(left(string_agg(sp.name, '、' ORDER BY sp.role, sp.name), 200), '')
     FROM "SupervisionParticipant" sp
    WHERE sp."tenantId" = sa."tenantId" AND sp."activityId" = sa.id AND sp."deputyId" IS NULL),
  now()
FROM activity_new_duty n
JOIN "SupervisionActivity" sa ON sa."tenantId" = n."tenantId" AND sa.id = n.supervision_id;

INSERT INTO "DutyActivityParticipant" ("tenantId", "activityId", "deputyId")
SELECT DISTINCT sp."tenantId", n.duty_id, sp."deputyId"
FROM activity_new_duty n
JOIN "SupervisionParticipant" sp ON sp."tenantId" = n."tenantId" AND sp."activityId" = n.supervision_id AND sp."deputyId" IS NOT NULL;

UPDATE "SupervisionActivity" sa SET "dutyActivityId" = n.duty_id
FROM activity_new_duty n WHERE sa."tenantId" = n."tenantId" AND sa.id = n.supervision_id;

ALTER TABLE "SupervisionActivity" FORCE ROW LEVEL SECURITY;
ALTER TABLE "SupervisionParticipant" FORCE ROW LEVEL SECURITY;
ALTER TABLE "DutyActivity" FORCE ROW LEVEL SECURITY;
ALTER TABLE "DutyActivityParticipant" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Deputy" FORCE ROW LEVEL SECURITY;

DROP TABLE activity_pair;
DROP TABLE activity_new_duty;
