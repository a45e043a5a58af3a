-- The county's appraisal results as indicators (@pcs/domain appraisal-definitions.ts): a result
-- is placed on the last day of its campaign's period, and a change to a result row (publication,
-- a correction's new version) marks that day of the appraised township dirty, so the value table
-- catches up like for every other source.
CREATE FUNCTION app_appraisal_period_end(year int, kind text, idx int) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN kind = 'half_year' AND idx = 1 THEN make_date(year, 6, 30)
    WHEN kind = 'month' AND idx BETWEEN 1 AND 12 THEN (make_date(year, idx, 1) + interval '1 month' - interval '1 day')::date
    ELSE make_date(year, 12, 31)
  END
$$;

CREATE FUNCTION app_mark_appraisal_indicator_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rec jsonb;
  d date;
BEGIN
  FOREACH rec IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
    CONTINUE WHEN rec IS NULL;
    SELECT app_appraisal_period_end(c.year, c."periodKind"::text, c."periodIndex") INTO d FROM "AppraisalCampaign" c WHERE c.id = (rec ->> 'campaignId')::uuid;
    CONTINUE WHEN d IS NULL;
    INSERT INTO "IndicatorDirtyDay" ("tenantId", day, onward, source) VALUES ((rec ->> 'tenantId')::uuid, d, false, TG_TABLE_NAME) ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "AppraisalResult" FOR EACH ROW EXECUTE FUNCTION app_mark_appraisal_indicator_days();
