-- A province-wide read (platform administration, a future province office) is a flag, not a
-- list of 3,000 township ids that every row's policy would search (3–4 ms per row with 3,000
-- ids): `app.platform = 'province'` (or 'on', the platform's, which includes it), set with
-- SET LOCAL like the other settings (packages/db/src/scope.ts). Its own policy reads the indicator rollups only — the figures a
-- province looks at — never the townships' items. The flag is constant within a statement, so
-- PostgreSQL evaluates it once (an InitPlan), not per row.
CREATE FUNCTION app_reads_province() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT COALESCE(current_setting('app.platform', true), '') IN ('on', 'province')
$$;

CREATE POLICY province_read ON "IndicatorValue" FOR SELECT USING (app_reads_province());
CREATE POLICY province_read ON "IndicatorCorrection" FOR SELECT USING (app_reads_province());
