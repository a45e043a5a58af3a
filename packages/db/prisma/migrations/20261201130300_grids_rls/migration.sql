-- Grid management: every new township table under the tenant policies, and the checks Prisma cannot say.
SELECT app_enable_tenant_rls('"GridMember"');
SELECT app_enable_tenant_rls('"ResponsibilityLetter"');
SELECT app_enable_tenant_rls('"LedgerObject"');
SELECT app_enable_tenant_rls('"Patrol"');
SELECT app_enable_tenant_rls('"LedgerInspection"');

-- Levels 3 (township), 4 (village, community, zone) and 5 (a cell of a level-4 grid, and only that).
ALTER TABLE "Grid" ADD CONSTRAINT "Grid_level_check" CHECK (level BETWEEN 3 AND 5 AND ((level = 5) = ("parentId" IS NOT NULL)));
ALTER TABLE "LedgerObject" ADD CONSTRAINT "LedgerObject_position_check" CHECK (
  (latitude IS NULL) = (longitude IS NULL)
  AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))
);
ALTER TABLE "Patrol" ADD CONSTRAINT "Patrol_time_check" CHECK ("endedAt" >= "startedAt");
ALTER TABLE "GridMember" ADD CONSTRAINT "GridMember_name_check" CHECK (length(btrim(name)) > 0);
