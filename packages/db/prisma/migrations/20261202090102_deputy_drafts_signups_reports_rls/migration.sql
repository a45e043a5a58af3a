-- Deputies' drafts, activity sign-ups and annual duty reports (issue 14) are township data under
-- the tenant policies, distributed by township like every tenant table (docs/scale.md).
SELECT app_enable_tenant_rls('"SuggestionDraft"');
SELECT app_enable_tenant_rls('"SuggestionDraftCoSigner"');
SELECT app_enable_tenant_rls('"DutyActivitySignUp"');
SELECT app_enable_tenant_rls('"DutyReport"');

-- A submitted draft names the suggestion it became, and only a submitted one; a submitted report
-- says when.
ALTER TABLE "SuggestionDraft" ADD CONSTRAINT "SuggestionDraft_submitted_check" CHECK ((state::text = 'submitted') = ("suggestionId" IS NOT NULL AND "submittedAt" IS NOT NULL));
ALTER TABLE "DutyReport" ADD CONSTRAINT "DutyReport_submitted_check" CHECK ((state::text = 'submitted') = ("submittedAt" IS NOT NULL));
ALTER TABLE "DutyReport" ADD CONSTRAINT "DutyReport_year_check" CHECK (year BETWEEN 1949 AND 2200);

SELECT app_distribute_tables(ARRAY[]::text[], ARRAY['SuggestionDraft', 'SuggestionDraftCoSigner', 'DutyActivitySignUp', 'DutyReport']);
