-- The county home of appraised county departments (docs/decisions-appraisal4.md): row-level
-- security by county, not by township. Two scope settings, set by the API's county procedures
-- only (packages/db/src/scope.ts): app.read_county (the county of a countyProcedure or a
-- countyDeptProcedure call) and app.county_department (a department's own user: its subject
-- only). A township call sets neither, so it sees and writes none of these rows.

CREATE FUNCTION app_read_county() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('app.read_county', true), '')::uuid
$$;

CREATE FUNCTION app_county_department() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('app.county_department', true), '')::uuid
$$;

ALTER TABLE "CountyAppraisalSubject" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyAppraisalSubject" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyAppraisalItemScore" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyAppraisalItemScore" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyAppraisalPhaseScore" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyAppraisalPhaseScore" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyAppraisalResult" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyAppraisalResult" FORCE ROW LEVEL SECURITY;

-- Subjects: the standing committee (no department set) reads and writes its county's; a
-- department reads and updates (hands in its self-score) its own subject, never creates or
-- removes one.
CREATE POLICY county_read ON "CountyAppraisalSubject" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL OR "countyDepartmentId" = (SELECT app_county_department())));
CREATE POLICY county_insert ON "CountyAppraisalSubject" FOR INSERT
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);
CREATE POLICY county_update ON "CountyAppraisalSubject" FOR UPDATE
  USING ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL OR "countyDepartmentId" = (SELECT app_county_department())))
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL OR "countyDepartmentId" = (SELECT app_county_department())));
CREATE POLICY county_delete ON "CountyAppraisalSubject" FOR DELETE
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);

-- Rows of a subject: visible with their subject (the sub-select runs under the subject's policy,
-- so a department sees its own subject's rows only).
CREATE POLICY county_read ON "CountyAppraisalItemScore" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND EXISTS (SELECT 1 FROM "CountyAppraisalSubject" s WHERE s."countyId" = "CountyAppraisalItemScore"."countyId" AND s.id = "CountyAppraisalItemScore"."subjectId"));
-- A department writes its own self-score rows only; the standing committee any.
CREATE POLICY county_insert ON "CountyAppraisalItemScore" FOR INSERT
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL
    OR (phase = 'self_score' AND EXISTS (SELECT 1 FROM "CountyAppraisalSubject" s WHERE s."countyId" = "CountyAppraisalItemScore"."countyId" AND s.id = "CountyAppraisalItemScore"."subjectId"))));
CREATE POLICY county_update ON "CountyAppraisalItemScore" FOR UPDATE
  USING ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL
    OR (phase = 'self_score' AND EXISTS (SELECT 1 FROM "CountyAppraisalSubject" s WHERE s."countyId" = "CountyAppraisalItemScore"."countyId" AND s.id = "CountyAppraisalItemScore"."subjectId"))))
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL
    OR (phase = 'self_score' AND EXISTS (SELECT 1 FROM "CountyAppraisalSubject" s WHERE s."countyId" = "CountyAppraisalItemScore"."countyId" AND s.id = "CountyAppraisalItemScore"."subjectId"))));
CREATE POLICY county_delete ON "CountyAppraisalItemScore" FOR DELETE
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);

-- Phase scores and results: read with their subject, written by the standing committee only.
CREATE POLICY county_read ON "CountyAppraisalPhaseScore" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND EXISTS (SELECT 1 FROM "CountyAppraisalSubject" s WHERE s."countyId" = "CountyAppraisalPhaseScore"."countyId" AND s.id = "CountyAppraisalPhaseScore"."subjectId"));
CREATE POLICY county_insert ON "CountyAppraisalPhaseScore" FOR INSERT
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);
CREATE POLICY county_update ON "CountyAppraisalPhaseScore" FOR UPDATE
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL)
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);
CREATE POLICY county_delete ON "CountyAppraisalPhaseScore" FOR DELETE
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);

CREATE POLICY county_read ON "CountyAppraisalResult" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND EXISTS (SELECT 1 FROM "CountyAppraisalSubject" s WHERE s."countyId" = "CountyAppraisalResult"."countyId" AND s.id = "CountyAppraisalResult"."subjectId"));
CREATE POLICY county_insert ON "CountyAppraisalResult" FOR INSERT
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);
-- Results are never changed or removed once written (a correction adds a version).
CREATE POLICY county_no_update ON "CountyAppraisalResult" FOR UPDATE USING (false);
CREATE POLICY county_no_delete ON "CountyAppraisalResult" FOR DELETE USING (false);

-- County tables: a copy on every worker, like CountyDepartment (docs/scale.md).
SELECT app_distribute_tables(
  ARRAY['CountyAppraisalSubject', 'CountyAppraisalItemScore', 'CountyAppraisalPhaseScore', 'CountyAppraisalResult'],
  ARRAY[]::text[]
);
