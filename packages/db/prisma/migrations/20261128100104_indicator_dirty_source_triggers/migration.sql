-- The dirty-day triggers now say which table changed (a township rule: '*', every indicator),
-- so the job recomputes only the indicators that read it.
CREATE OR REPLACE FUNCTION app_mark_indicator_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  onward boolean := TG_ARGV[0] = 'onward';
  rec jsonb;
  raw text;
  d date;
  i int;
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
        SELECT (rec ->> 'tenantId')::uuid, x, onward, CASE WHEN TG_TABLE_NAME = 'TenantRuleValue' THEN '*' ELSE TG_TABLE_NAME END FROM unnest(CASE WHEN length(raw) > 10 OR onward THEN ARRAY[d - 1, d, d + 1] ELSE ARRAY[d] END) AS x
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
BEGIN
  FOREACH rec IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
    CONTINUE WHEN rec IS NULL;
    EXECUTE format('SELECT %I FROM %I WHERE "tenantId" = $1 AND id = $2', TG_ARGV[2], TG_ARGV[0]) INTO d USING (rec ->> 'tenantId')::uuid, (rec ->> TG_ARGV[1])::uuid;
    CONTINUE WHEN d IS NULL;
    INSERT INTO "IndicatorDirtyDay" ("tenantId", day, onward, source) VALUES ((rec ->> 'tenantId')::uuid, d, false, TG_TABLE_NAME) ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END
$$;
