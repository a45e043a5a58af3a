-- Handling units are tenant-owned like every other township table.
SELECT app_enable_tenant_rls('"HandlingUnit"');

-- Tamper-evident audit log. Every entry's hash covers its content and the previous
-- entry's hash; the head of the chain lives in a one-row table that only the
-- audit_append() function (running as the owner) may touch. The row lock on the head
-- serialises appends, so ids, times and the chain agree. See docs/audit.md.
CREATE TABLE "AuditChainHead" (
  id integer PRIMARY KEY CHECK (id = 1),
  "lastId" bigint,
  "lastHash" text
);
INSERT INTO "AuditChainHead" (id) VALUES (1);
REVOKE ALL ON "AuditChainHead" FROM pcs_app;

-- jsonb_build_array(...)::text is unambiguous and deterministic (jsonb normalises objects).
CREATE FUNCTION audit_digest(
  prev text, at timestamp, tenant uuid, actor uuid, actor_name text, action text,
  entity text, entity_id text, before jsonb, after jsonb, request_id text
) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS'), tenant, actor, actor_name, action,
    entity, entity_id, before, after, request_id)::text, 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_append(
  p_tenant uuid, p_actor uuid, p_actor_name text, p_action text, p_entity text,
  p_entity_id text, p_before jsonb, p_after jsonb, p_request_id text
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head "AuditChainHead"%ROWTYPE;
  stamp timestamp(3);
  digest text;
  new_id bigint;
BEGIN
  SELECT * INTO head FROM "AuditChainHead" WHERE id = 1 FOR UPDATE;
  stamp := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC');
  digest := audit_digest(head."lastHash", stamp, p_tenant, p_actor, p_actor_name, p_action,
    p_entity, p_entity_id, p_before, p_after, p_request_id);
  INSERT INTO "AuditLog" (at, "tenantId", "actorId", "actorName", action, entity, "entityId",
    before, after, "requestId", "prevHash", hash)
  VALUES (stamp, p_tenant, p_actor, p_actor_name, p_action, p_entity, p_entity_id,
    p_before, p_after, p_request_id, head."lastHash", digest)
  RETURNING id INTO new_id;
  UPDATE "AuditChainHead" SET "lastId" = new_id, "lastHash" = digest WHERE id = 1;
  RETURN new_id;
END
$$;
REVOKE ALL ON FUNCTION audit_append FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append TO pcs_app;

-- Walks the chain in id order and reports the first entry whose stored hash or link does
-- not match a recomputation, and whether the head still points at the last entry.
CREATE FUNCTION audit_verify() RETURNS TABLE (checked bigint, first_broken_id bigint, head_matches boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  entry record;
  expected_prev text := NULL;
  broken bigint := NULL;
  n bigint := 0;
  last_id bigint := NULL;
  head "AuditChainHead"%ROWTYPE;
BEGIN
  FOR entry IN SELECT * FROM "AuditLog" ORDER BY id LOOP
    n := n + 1;
    IF broken IS NULL AND (
      entry."prevHash" IS DISTINCT FROM expected_prev OR
      entry.hash IS DISTINCT FROM audit_digest(entry."prevHash", entry.at, entry."tenantId", entry."actorId",
        entry."actorName", entry.action, entry.entity, entry."entityId", entry.before, entry.after, entry."requestId")
    ) THEN
      broken := entry.id;
    END IF;
    expected_prev := entry.hash;
    last_id := entry.id;
  END LOOP;
  SELECT * INTO head FROM "AuditChainHead" WHERE id = 1;
  RETURN QUERY SELECT n, broken, (head."lastId" IS NOT DISTINCT FROM last_id AND head."lastHash" IS NOT DISTINCT FROM expected_prev);
END
$$;
REVOKE ALL ON FUNCTION audit_verify FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_verify TO pcs_app;
