-- Grid events, their history and the audit log partitioned by month on their time column
-- (GridEvent."reportedAt", GridEventTransition."at", AuditLog."at"); docs/scale.md, decisions-province.md.
--
-- Prisma has no syntax for partitioning, so this is hand-written. Each table is rebuilt from
-- its own definition in the catalogue (columns, defaults, checks, indexes, foreign keys,
-- triggers, policies, grants, owned sequences), so a column another migration added before
-- this one is carried over; a column added after it is an ordinary ALTER TABLE on the parent.
--
-- What changes for the keys: PostgreSQL wants the partition column in every primary key and
-- unique index of a partitioned table, so each of them gains it (Prisma's @@id / @@unique say
-- the same). Foreign keys INTO a partitioned table would then have to carry the target's time:
-- the step -> event key is rebuilt with a new column "eventReportedAt" (the event's time), and
-- the duplicate -> original key is dropped (the original is looked up in the same township
-- before it is named, and events are never deleted).

-- 1. A month's partition: created if missing, with no privilege for anyone but the owner and
--    row-level security forced without a policy, so the application role reaches its rows only
--    through the parent (whose policies apply). A month whose rows already sit in the default
--    partition is left there (attaching it would need a move): false.
CREATE FUNCTION app_make_month_partition(p_parent regclass, p_month date) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  first date := date_trunc('month', p_month)::date;
  parent_name text := (SELECT relname FROM pg_class WHERE oid = p_parent);
  part text := parent_name || '_p' || to_char(first, 'YYYY_MM');
BEGIN
  IF to_regclass(format('public.%I', part)) IS NOT NULL THEN
    RETURN true;
  END IF;
  BEGIN
    EXECUTE format('CREATE TABLE public.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
      part, p_parent, first::timestamp, (first + interval '1 month')::timestamp);
  EXCEPTION WHEN check_violation THEN
    RAISE NOTICE 'app_make_month_partition: % has rows of % in its default partition; left there', p_parent, first;
    RETURN false;
  END;
  PERFORM app_seal_partition(format('public.%I', part)::regclass);
  RETURN true;
END $$;

-- The seal every partition gets: nobody but the owner holds a privilege on it, and forced RLS
-- without a policy refuses every row to anyone who would be granted one later.
CREATE FUNCTION app_seal_partition(p_part regclass) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  grantee text;
BEGIN
  EXECUTE format('REVOKE ALL ON %s FROM PUBLIC', p_part);
  FOR grantee IN SELECT DISTINCT a.grantee::regrole::text FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = p_part AND a.grantee <> 0 AND a.grantee <> c.relowner LOOP
    EXECUTE format('REVOKE ALL ON %s FROM %s', p_part, grantee);
  END LOOP;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_part);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_part);
END $$;

-- Months [p_from, p_to] of one table; the number of partitions that exist for them afterwards.
CREATE FUNCTION app_make_month_partitions(p_parent regclass, p_from date, p_to date) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  month date := date_trunc('month', p_from)::date;
  made integer := 0;
BEGIN
  WHILE month <= p_to LOOP
    IF app_make_month_partition(p_parent, month) THEN made := made + 1; END IF;
    month := (month + interval '1 month')::date;
  END LOOP;
  RETURN made;
END $$;

-- Months [p_from, p_to] of every table partitioned by range in this schema: the demo and the
-- scale generator make the months they load into; the job makes the months ahead.
CREATE FUNCTION app_make_partitions(p_from date, p_to date) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  parent regclass;
  made integer := 0;
BEGIN
  FOR parent IN SELECT p.partrelid::regclass FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
    WHERE c.relnamespace = 'public'::regnamespace AND p.partstrat = 'r' ORDER BY 1 LOOP
    made := made + app_make_month_partitions(parent, p_from, p_to);
  END LOOP;
  RETURN made;
END $$;

-- The job's call (docs/jobs.md, `partitions-ahead`): this month and the next p_months.
CREATE FUNCTION app_make_partitions_ahead(p_months integer) RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT app_make_partitions((now() AT TIME ZONE 'UTC')::date, ((now() AT TIME ZONE 'UTC')::date + make_interval(months => p_months))::date)
$$;

-- Retention: detaches (never drops) the month partitions of p_parent that end on or before
-- p_before; returns their names. The operator archives each (pg_dump -t) and drops it.
-- Not granted to the application role.
CREATE FUNCTION app_detach_month_partitions(p_parent regclass, p_before date) RETURNS SETOF text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  part record;
BEGIN
  FOR part IN SELECT c.oid::regclass AS rel, c.relname
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = p_parent AND NOT pg_get_expr(c.relpartbound, c.oid) LIKE '%DEFAULT%'
      AND (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']+)''\)'))[1]::timestamp <= p_before::timestamp
    ORDER BY c.relname LOOP
    EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', p_parent, part.rel);
    RETURN NEXT part.relname;
  END LOOP;
END $$;

-- 2. Rebuilds p_table as partitioned by month on p_column, from its catalogue definition.
CREATE FUNCTION app_partition_by_month(p_table text, p_column text, p_months_ahead integer) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  old regclass := format('public.%I', p_table)::regclass;
  old_name text := p_table || '_unpartitioned';
  ddl text[] := '{}';
  stmt text;
  r record;
  pk_name text;
  pk_cols text;
  lo date;
BEGIN
  -- Foreign keys into the table (from itself or others) would need its time column: dropped.
  FOR r IN SELECT conname, conrelid::regclass AS rel FROM pg_constraint WHERE contype = 'f' AND confrelid = old AND conparentid = 0 LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.rel, r.conname);
  END LOOP;

  -- What the new table gets, read before anything is renamed (the text names the table).
  SELECT c.conname, string_agg(format('%I', a.attname), ', ' ORDER BY k.i) INTO pk_name, pk_cols
    FROM pg_constraint c, unnest(c.conkey) WITH ORDINALITY k(num, i), pg_attribute a
    WHERE c.conrelid = old AND c.contype = 'p' AND a.attrelid = old AND a.attnum = k.num
    GROUP BY c.conname;
  ddl := ddl || format('ALTER TABLE public.%I ADD CONSTRAINT %I PRIMARY KEY (%s, %I)', p_table, pk_name, pk_cols, p_column);
  -- Unique indexes gain the time column, named as Prisma names @@unique([..., column]).
  FOR r IN SELECT string_agg(format('%I', a.attname), ', ' ORDER BY k.i) AS cols, string_agg(a.attname, '_' ORDER BY k.i) AS names
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid, unnest(x.indkey::int2[]) WITH ORDINALITY k(num, i), pg_attribute a
    WHERE x.indrelid = old AND x.indisunique AND NOT x.indisprimary AND a.attrelid = old AND a.attnum = k.num
    GROUP BY x.indexrelid LOOP
    ddl := ddl || format('CREATE UNIQUE INDEX %I ON public.%I (%s, %I)', p_table || '_' || r.names || '_' || p_column || '_key', p_table, r.cols, p_column);
  END LOOP;
  FOR r IN SELECT pg_get_indexdef(x.indexrelid) AS def FROM pg_index x WHERE x.indrelid = old AND NOT x.indisunique LOOP
    ddl := ddl || r.def;
  END LOOP;
  FOR r IN SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = old AND contype = 'f' LOOP
    ddl := ddl || format('ALTER TABLE public.%I ADD CONSTRAINT %I %s', p_table, r.conname, r.def);
  END LOOP;
  FOR r IN SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = old AND NOT tgisinternal LOOP
    ddl := ddl || r.def;
  END LOOP;
  FOR r IN SELECT * FROM pg_policy WHERE polrelid = old LOOP
    ddl := ddl || format('CREATE POLICY %I ON public.%I AS %s FOR %s TO %s%s%s', r.polname, p_table,
      CASE WHEN r.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
      CASE r.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
      (SELECT string_agg(CASE WHEN role = 0 THEN 'PUBLIC' ELSE role::regrole::text END, ', ') FROM unnest(r.polroles) role),
      CASE WHEN r.polqual IS NULL THEN '' ELSE ' USING (' || pg_get_expr(r.polqual, old) || ')' END,
      CASE WHEN r.polwithcheck IS NULL THEN '' ELSE ' WITH CHECK (' || pg_get_expr(r.polwithcheck, old) || ')' END);
  END LOOP;
  IF (SELECT relrowsecurity FROM pg_class WHERE oid = old) THEN
    ddl := ddl || format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', p_table);
  END IF;
  IF (SELECT relforcerowsecurity FROM pg_class WHERE oid = old) THEN
    ddl := ddl || format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', p_table);
  END IF;
  -- The new table's privileges are exactly the old one's (not the schema's default privileges).
  ddl := ddl || format('REVOKE ALL ON public.%I FROM PUBLIC', p_table);
  FOR r IN SELECT DISTINCT a.grantee FROM pg_default_acl d, aclexplode(d.defaclacl) a WHERE d.defaclobjtype = 'r' AND a.grantee <> 0 LOOP
    ddl := ddl || format('REVOKE ALL ON public.%I FROM %s', p_table, r.grantee::regrole::text);
  END LOOP;
  FOR r IN SELECT a.privilege_type, a.grantee FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = old AND a.grantee <> c.relowner LOOP
    ddl := ddl || format('GRANT %s ON public.%I TO %s', r.privilege_type, p_table,
      CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
  END LOOP;
  FOR r IN SELECT d.objid::regclass AS seq, a.attname FROM pg_depend d JOIN pg_attribute a ON a.attrelid = old AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass AND d.refobjid = old AND d.deptype = 'a'
      AND (SELECT relkind FROM pg_class WHERE oid = d.objid) = 'S' LOOP
    ddl := ddl || format('ALTER SEQUENCE %s OWNED BY public.%I.%I', r.seq, p_table, r.attname);
  END LOOP;

  -- The old table and its indexes step aside (index names are schema-wide).
  FOR r IN SELECT c.oid::regclass AS idx, c.oid FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid WHERE x.indrelid = old LOOP
    EXECUTE format('ALTER INDEX %s RENAME TO %I', r.idx, old_name || '_' || r.oid);
  END LOOP;
  EXECUTE format('ALTER TABLE public.%I RENAME TO %I', p_table, old_name);

  EXECUTE format('CREATE TABLE public.%I (LIKE public.%I INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (%I)',
    p_table, old_name, p_column);
  EXECUTE format('CREATE TABLE public.%I PARTITION OF public.%I DEFAULT', p_table || '_default', p_table);
  PERFORM app_seal_partition(format('public.%I', p_table || '_default')::regclass);
  EXECUTE format('SELECT date_trunc(''month'', min(%I))::date FROM public.%I', p_column, old_name) INTO lo;
  PERFORM app_make_month_partitions(format('public.%I', p_table)::regclass,
    coalesce(lo, (now() AT TIME ZONE 'UTC')::date), ((now() AT TIME ZONE 'UTC')::date + make_interval(months => p_months_ahead))::date);
  EXECUTE format('INSERT INTO public.%I SELECT * FROM public.%I', p_table, old_name);

  FOREACH stmt IN ARRAY ddl LOOP
    EXECUTE stmt;
  END LOOP;
  EXECUTE format('DROP TABLE public.%I', old_name);
END $$;

-- A step names its event with the event's partition key too, so that the key into GridEvent holds.
ALTER TABLE "GridEventTransition" ADD COLUMN "eventReportedAt" TIMESTAMP(3);
UPDATE "GridEventTransition" t SET "eventReportedAt" = e."reportedAt" FROM "GridEvent" e WHERE e."tenantId" = t."tenantId" AND e.id = t."eventId";
ALTER TABLE "GridEventTransition" ALTER COLUMN "eventReportedAt" SET NOT NULL;

SELECT app_partition_by_month('GridEventTransition', 'at', 3);
SELECT app_partition_by_month('GridEvent', 'reportedAt', 3);
SELECT app_partition_by_month('AuditLog', 'at', 3);

-- The step -> event key, now with the event's time (the duplicate -> original one is not restored).
ALTER TABLE "GridEventTransition" ADD CONSTRAINT "GridEventTransition_tenantId_eventId_eventReportedAt_fkey"
  FOREIGN KEY ("tenantId", "eventId", "eventReportedAt") REFERENCES "GridEvent"("tenantId", id, "reportedAt") ON DELETE CASCADE ON UPDATE NO ACTION;

REVOKE ALL ON FUNCTION app_make_month_partition(regclass, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_seal_partition(regclass) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_make_month_partitions(regclass, date, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_make_partitions(date, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_make_partitions_ahead(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_detach_month_partitions(regclass, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_partition_by_month(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_make_partitions(date, date) TO pcs_app;
GRANT EXECUTE ON FUNCTION app_make_partitions_ahead(integer) TO pcs_app;
