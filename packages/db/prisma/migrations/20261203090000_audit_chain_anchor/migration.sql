-- Retention of the audit log (issue 16): its months are detached like the other partitioned
-- tables' (app_detach_month_partitions), but each chain then starts at an entry whose prevHash
-- is the last archived entry's hash. The head row keeps that hash (the chain's anchor), so
-- audit_verify() checks what is kept from the anchor on, and the archived months can be
-- checked on their own against it (docs/audit.md, "Retention").
ALTER TABLE "AuditChainHead"
  ADD COLUMN "anchorId" bigint,
  ADD COLUMN "anchorHash" text,
  ADD COLUMN "archivedBefore" timestamp(3);

-- The upper bound of a month partition ('TO (...)' of its bound), NULL for the default one.
CREATE FUNCTION app_partition_upper_bound(p_partition regclass) RETURNS timestamp
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']+)''\)'))[1]::timestamp
  FROM pg_class c WHERE c.oid = p_partition
$$;
REVOKE ALL ON FUNCTION app_partition_upper_bound(regclass) FROM PUBLIC;

-- The generic retention refuses the audit log: detaching its months without anchoring its
-- chains would leave every chain reported broken at its first kept entry.
CREATE OR REPLACE FUNCTION app_detach_month_partitions(p_parent regclass, p_before date) RETURNS SETOF text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  part record;
BEGIN
  IF p_parent = '"AuditLog"'::regclass AND current_setting('pcs.audit_archiving', true) IS DISTINCT FROM 'on' THEN
    RAISE EXCEPTION 'The audit log''s months are detached with audit_archive_months(%), which anchors each chain first', p_before;
  END IF;
  FOR part IN SELECT c.oid::regclass AS rel, c.relname
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = p_parent AND app_partition_upper_bound(c.oid) <= p_before::timestamp
    ORDER BY c.relname LOOP
    EXECUTE format('ALTER TABLE %s DETACH PARTITION %s', p_parent, part.rel);
    RETURN NEXT part.relname;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION app_detach_month_partitions(regclass, date) FROM PUBLIC;

-- Detaches the audit log's months ending on or before p_before, after setting each chain's
-- anchor to its last entry in them. Refused while the default partition holds entries of those
-- months (they would stay behind the anchor). Owner only, like the generic one.
CREATE FUNCTION audit_archive_months(p_before date) RETURNS SETOF text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  cutoff timestamp;
BEGIN
  SELECT max(app_partition_upper_bound(i.inhrelid)) INTO cutoff
    FROM pg_inherits i WHERE i.inhparent = '"AuditLog"'::regclass AND app_partition_upper_bound(i.inhrelid) <= p_before::timestamp;
  IF cutoff IS NULL THEN
    RETURN;
  END IF;
  -- Every chain's entries, whatever the caller's scope (the table's policies apply to its owner too).
  PERFORM set_config('app.platform', 'on', true);
  IF EXISTS (SELECT 1 FROM "AuditLog" WHERE tableoid = '"AuditLog_default"'::regclass AND at < cutoff) THEN
    RAISE EXCEPTION 'The audit log''s default partition holds entries before %: make their months'' partitions first', cutoff;
  END IF;
  -- Every chain with entries before the cutoff: its anchor is the last of them (ids grow along a chain).
  UPDATE "AuditChainHead" h SET "anchorId" = a.id, "anchorHash" = a.hash, "archivedBefore" = cutoff
    FROM (SELECT DISTINCT ON ("tenantId") "tenantId", id, hash FROM "AuditLog" WHERE at < cutoff ORDER BY "tenantId", id DESC) a
    WHERE h."tenantId" IS NOT DISTINCT FROM a."tenantId";
  PERFORM set_config('pcs.audit_archiving', 'on', true);
  RETURN QUERY SELECT app_detach_month_partitions('"AuditLog"'::regclass, p_before);
  PERFORM set_config('pcs.audit_archiving', 'off', true);
END $$;
REVOKE ALL ON FUNCTION audit_archive_months(date) FROM PUBLIC;

-- Verification starts each chain at its anchor (NULL: the chain's first entry has no
-- predecessor); a chain whose kept entries are all archived matches when its head is its anchor.
CREATE OR REPLACE FUNCTION audit_verify() RETURNS TABLE (
  tenant_id uuid, checked bigint, first_broken_id bigint, head_matches boolean, head_id bigint, head_hash text
) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
#variable_conflict use_column
DECLARE
  entry record;
  started boolean := false;
  expected_prev text;
  last_id bigint;
BEGIN
  FOR entry IN
    SELECT l.*, h."lastId" AS head_last_id, h."lastHash" AS head_last_hash, h."anchorHash" AS head_anchor_hash
    FROM "AuditLog" l
    LEFT JOIN "AuditChainHead" h ON h."tenantId" IS NOT DISTINCT FROM l."tenantId"
    WHERE app_is_platform() OR l."tenantId" = ANY (app_read_tenants())
    ORDER BY l."tenantId" NULLS FIRST, l.id
  LOOP
    IF NOT started OR entry."tenantId" IS DISTINCT FROM tenant_id THEN
      IF started THEN
        head_matches := head_id IS NOT DISTINCT FROM last_id AND head_hash IS NOT DISTINCT FROM expected_prev;
        RETURN NEXT;
      END IF;
      started := true;
      tenant_id := entry."tenantId";
      checked := 0;
      first_broken_id := NULL;
      expected_prev := entry.head_anchor_hash;
      head_id := entry.head_last_id;
      head_hash := entry.head_last_hash;
    END IF;
    checked := checked + 1;
    IF first_broken_id IS NULL AND (
      entry."prevHash" IS DISTINCT FROM expected_prev OR
      entry.hash IS DISTINCT FROM audit_digest(entry."prevHash", entry.at, entry."tenantId", entry."actorId",
        entry."actorName", entry.action, entry.entity, entry."entityId", entry.before, entry.after, entry."requestId")
    ) THEN
      first_broken_id := entry.id;
    END IF;
    expected_prev := entry.hash;
    last_id := entry.id;
  END LOOP;
  IF started THEN
    head_matches := head_id IS NOT DISTINCT FROM last_id AND head_hash IS NOT DISTINCT FROM expected_prev;
    RETURN NEXT;
  END IF;
  -- A head without kept entries: whole when everything up to it is archived, broken otherwise.
  RETURN QUERY
    SELECT h."tenantId", 0::bigint, NULL::bigint,
      h."anchorId" IS NOT DISTINCT FROM h."lastId" AND h."anchorHash" IS NOT DISTINCT FROM h."lastHash", h."lastId", h."lastHash"
    FROM "AuditChainHead" h
    WHERE h."lastId" IS NOT NULL
      AND (app_is_platform() OR h."tenantId" = ANY (app_read_tenants()))
      AND NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."tenantId" IS NOT DISTINCT FROM h."tenantId");
END
$$;
