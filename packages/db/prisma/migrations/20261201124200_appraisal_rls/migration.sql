-- Appraisal rows of one appraised subject are township data: the four tenant policies.
SELECT app_enable_tenant_rls('"AppraisalSubject"');
SELECT app_enable_tenant_rls('"AppraisalItemScore"');
SELECT app_enable_tenant_rls('"AppraisalPhaseScore"');
SELECT app_enable_tenant_rls('"AppraisalResult"');

-- A frozen rule set is never changed or removed: every result recomputes from it.
CREATE FUNCTION app_appraisal_rule_set_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'appraisal rule set % of campaign % is frozen', OLD.version, OLD."campaignId" USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER appraisal_rule_set_frozen BEFORE UPDATE OR DELETE ON "AppraisalRuleSet"
  FOR EACH ROW EXECUTE FUNCTION app_appraisal_rule_set_frozen();

-- Item maxima and weights are rules of the frozen rule set, checked by the API; only the
-- structural checks live here.
ALTER TABLE "AppraisalCampaign" ADD CONSTRAINT "AppraisalCampaign_periodIndex_check"
  CHECK (("periodKind" = 'year' AND "periodIndex" IS NULL)
      OR ("periodKind" = 'half_year' AND "periodIndex" BETWEEN 1 AND 2)
      OR ("periodKind" = 'month' AND "periodIndex" BETWEEN 1 AND 12));
ALTER TABLE "AppraisalPhase" ADD CONSTRAINT "AppraisalPhase_dates_check" CHECK ("endsOn" >= "startsOn");
