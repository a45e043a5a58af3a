-- The county home's files (docs/decisions-appraisal5.md): the evidence a county department
-- attaches to its self-score, under the county policies of migration county_appraisal_rls.
-- A file is visible with its owner, a self-score row of CountyAppraisalItemScore (whose own
-- policy shows a department its subject's rows only, the standing committee all): so a
-- department reads its own subject's evidence, the standing committee every department's, a
-- township scope (no app.read_county) nothing. Only a department writes (uploads and removes)
-- files, of its own subject's self-score rows; the API also checks that the campaign still takes
-- self-scores. Rows are never updated.

ALTER TABLE "CountyAttachment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyAttachment" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyAttachmentContent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyAttachmentContent" FORCE ROW LEVEL SECURITY;

CREATE POLICY county_read ON "CountyAttachment" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND "ownerKind" = 'county_appraisal_score'
    AND EXISTS (SELECT 1 FROM "CountyAppraisalItemScore" s WHERE s."countyId" = "CountyAttachment"."countyId" AND s.id = "CountyAttachment"."ownerId" AND s.phase = 'self_score'));
CREATE POLICY county_insert ON "CountyAttachment" FOR INSERT
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NOT NULL AND "ownerKind" = 'county_appraisal_score'
    AND EXISTS (SELECT 1 FROM "CountyAppraisalItemScore" s WHERE s."countyId" = "CountyAttachment"."countyId" AND s.id = "CountyAttachment"."ownerId" AND s.phase = 'self_score'));
CREATE POLICY county_no_update ON "CountyAttachment" FOR UPDATE USING (false);
CREATE POLICY county_delete ON "CountyAttachment" FOR DELETE
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NOT NULL
    AND EXISTS (SELECT 1 FROM "CountyAppraisalItemScore" s WHERE s."countyId" = "CountyAttachment"."countyId" AND s.id = "CountyAttachment"."ownerId" AND s.phase = 'self_score'));

-- The bytes: with their visible file; written with it (the delete cascades from the file).
CREATE POLICY county_read ON "CountyAttachmentContent" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND EXISTS (SELECT 1 FROM "CountyAttachment" a WHERE a."countyId" = "CountyAttachmentContent"."countyId" AND a.id = "CountyAttachmentContent"."attachmentId"));
CREATE POLICY county_insert ON "CountyAttachmentContent" FOR INSERT
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NOT NULL
    AND EXISTS (SELECT 1 FROM "CountyAttachment" a WHERE a."countyId" = "CountyAttachmentContent"."countyId" AND a.id = "CountyAttachmentContent"."attachmentId"));
CREATE POLICY county_no_update ON "CountyAttachmentContent" FOR UPDATE USING (false);
CREATE POLICY county_delete ON "CountyAttachmentContent" FOR DELETE
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NOT NULL
    AND EXISTS (SELECT 1 FROM "CountyAttachment" a WHERE a."countyId" = "CountyAttachmentContent"."countyId" AND a.id = "CountyAttachmentContent"."attachmentId"));

-- County tables: a copy on every worker, like the other county appraisal tables (docs/scale.md).
SELECT app_distribute_tables(ARRAY['CountyAttachment', 'CountyAttachmentContent'], ARRAY[]::text[]);
