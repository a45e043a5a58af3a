-- A row trigger on a partitioned table fires on the partition, where TG_TABLE_NAME is the
-- partition's name ("GridEvent_p2026_11"): the dirty days of grid events and their history were
-- marked under that name, which no indicator reads, so a new grid event never refreshed the grid
-- indicators (found by the dashboard benchmark: "0 periods" after a new event). The source is now
-- the table the row was written through: the partition tree's root, else the table itself.
CREATE FUNCTION app_source_table(p_table oid) RETURNS text LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT c.relname::text FROM pg_class c WHERE c.oid = coalesce(pg_partition_root(p_table), p_table)
$$;

CREATE OR REPLACE FUNCTION app_mark_indicator_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  onward boolean := TG_ARGV[0] = 'onward';
  rec jsonb;
  raw text;
  d date;
  i int;
  source_table text := app_source_table(TG_RELID);
BEGIN
  FOREACH rec IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
    CONTINUE WHEN rec IS NULL;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
      raw := rec ->> TG_ARGV[i];
      IF raw IS NULL THEN
        CONTINUE WHEN NOT onward;
        d := DATE '1900-01-02';
      ELSE
        d := left(raw, 10)::date;
      END IF;
      INSERT INTO "IndicatorDirtyDay" ("tenantId", day, onward, source)
        SELECT (rec ->> 'tenantId')::uuid, x, onward, CASE WHEN source_table = 'TenantRuleValue' THEN '*' ELSE source_table END FROM unnest(CASE WHEN length(raw) > 10 OR onward THEN ARRAY[d - 1, d, d + 1] ELSE ARRAY[d] END) AS x
        ON CONFLICT DO NOTHING;
    END LOOP;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION app_mark_indicator_days_via() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rec jsonb;
  d date;
  source_table text := app_source_table(TG_RELID);
BEGIN
  FOREACH rec IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
    CONTINUE WHEN rec IS NULL;
    EXECUTE format('SELECT %I FROM %I WHERE "tenantId" = $1 AND id = $2', TG_ARGV[2], TG_ARGV[0]) INTO d USING (rec ->> 'tenantId')::uuid, (rec ->> TG_ARGV[1])::uuid;
    CONTINUE WHEN d IS NULL;
    INSERT INTO "IndicatorDirtyDay" ("tenantId", day, onward, source) VALUES ((rec ->> 'tenantId')::uuid, d, false, source_table) ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END
$$;

-- The grid figures stored since the tables were partitioned missed those marks: every township's
-- grid indicators are recomputed over the stored years (STORED_YEARS = 3, refresh.ts) by the next
-- run of the refresh job. As the owner, past the table's forced policies for this statement only.
ALTER TABLE "IndicatorDirtyDay" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "IndicatorDirtyDay" ("tenantId", day, onward, source)
  SELECT t.id, make_date(extract(year FROM now())::int - 2, 1, 1), true, s.source
  FROM "Tenant" t CROSS JOIN (VALUES ('GridEvent'), ('GridEventTransition')) AS s(source)
  ON CONFLICT DO NOTHING;
ALTER TABLE "IndicatorDirtyDay" FORCE ROW LEVEL SECURITY;
