-- One audit chain per township and one for county and platform entries (tenantId NULL),
-- instead of one chain for the whole deployment: the single head row serialised every
-- audit write of every township until commit. Existing entries are re-chained per tenant
-- after the old global chain has been checked. See docs/audit.md and docs/decisions.md.

-- The owner works on every row here, also when it is not a superuser (FORCE'd policies would
-- hide rows from it, and an UPDATE would then silently change none).
ALTER TABLE "AuditLog" NO FORCE ROW LEVEL SECURITY;

-- 1. Check the old global chain first: re-chaining a tampered log would hide the tampering.
--    A deployment whose chain is already broken stops here; after investigating, the owner
--    acknowledges the break by naming it (the first broken id, or 'head'):
--      ALTER DATABASE <db> SET pcs.audit_rechain_accept = '<id or head>';
--    and runs the migration again (infra/README.md, "Upgrades").
CREATE TEMP TABLE audit_legacy AS
  SELECT v.checked AS entries, h."lastId" AS last_id, h."lastHash" AS last_hash,
    CASE WHEN v.first_broken_id IS NOT NULL THEN v.first_broken_id::text WHEN NOT v.head_matches THEN 'head' END AS broken
  FROM audit_verify() v CROSS JOIN "AuditChainHead" h;

DO $$
DECLARE
  legacy record;
BEGIN
  SELECT * INTO legacy FROM audit_legacy;
  IF legacy.broken IS NOT NULL AND legacy.broken IS DISTINCT FROM current_setting('pcs.audit_rechain_accept', true) THEN
    RAISE EXCEPTION 'The audit chain is broken at %; it is not re-chained. Investigate, then acknowledge with ALTER DATABASE ... SET pcs.audit_rechain_accept = ''%'' (infra/README.md, Upgrades).',
      legacy.broken, legacy.broken;
  END IF;
END
$$;

-- 2. One head per chain. Only the owner's functions below touch it: the application role
--    has no privilege on it, and RLS without policies refuses everyone else too.
DROP TABLE "AuditChainHead";
CREATE TABLE "AuditChainHead" (
  "tenantId" uuid,
  "lastId" bigint,
  "lastHash" text,
  CONSTRAINT "AuditChainHead_tenantId_key" UNIQUE NULLS NOT DISTINCT ("tenantId")
);
REVOKE ALL ON "AuditChainHead" FROM PUBLIC, pcs_app;
ALTER TABLE "AuditChainHead" ENABLE ROW LEVEL SECURITY;

-- 3. Appending locks the head of the entry's own chain only, so townships never wait for
--    each other. Ids are drawn under that lock, so they grow along each chain. A transaction
--    appends to the chain of its write scope (NULL: county and platform), platform calls to
--    any chain (provisioning a township), the same rule as the insert policy below.
--    Signature and result are unchanged (callers: packages/api/src/audit.ts, the deadline job).
CREATE OR REPLACE FUNCTION audit_append(
  p_tenant uuid, p_actor uuid, p_actor_name text, p_action text, p_entity text,
  p_entity_id text, p_before jsonb, p_after jsonb, p_request_id text
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head record;
  stamp timestamp(3);
  digest text;
  new_id bigint;
BEGIN
  IF NOT app_is_platform() AND p_tenant IS DISTINCT FROM app_write_tenant() THEN
    RAISE EXCEPTION 'audit_append: the chain of tenant % is outside this transaction''s write scope', p_tenant
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT "lastId", "lastHash" INTO head FROM "AuditChainHead" WHERE "tenantId" IS NOT DISTINCT FROM p_tenant FOR UPDATE;
  IF NOT FOUND THEN
    -- A chain's first entry: a concurrent first append waits here for the other to commit.
    INSERT INTO "AuditChainHead" ("tenantId") VALUES (p_tenant) ON CONFLICT DO NOTHING;
    SELECT "lastId", "lastHash" INTO head FROM "AuditChainHead" WHERE "tenantId" IS NOT DISTINCT FROM p_tenant FOR UPDATE;
  END IF;
  stamp := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC');
  digest := audit_digest(head."lastHash", stamp, p_tenant, p_actor, p_actor_name, p_action,
    p_entity, p_entity_id, p_before, p_after, p_request_id);
  -- No RETURNING: under FORCE'd RLS it would also need the read policy to pass.
  new_id := nextval(pg_get_serial_sequence('"AuditLog"', 'id'));
  INSERT INTO "AuditLog" (id, at, "tenantId", "actorId", "actorName", action, entity, "entityId",
    before, after, "requestId", "prevHash", hash)
  VALUES (new_id, stamp, p_tenant, p_actor, p_actor_name, p_action, p_entity, p_entity_id,
    p_before, p_after, p_request_id, head."lastHash", digest);
  UPDATE "AuditChainHead" SET "lastId" = new_id, "lastHash" = digest WHERE "tenantId" IS NOT DISTINCT FROM p_tenant;
  RETURN new_id;
END
$$;

-- 4. Verification, one row per chain: entries checked, the first entry whose link or hash
--    does not match a recomputation, whether the head still names the chain's last entry
--    (removing the newest entries is caught too), and the head itself (to publish). Only the
--    chains the caller's scope reads, as RLS would allow (platform: all), whoever owns the table.
DROP FUNCTION audit_verify();
CREATE FUNCTION audit_verify() RETURNS TABLE (
  tenant_id uuid, checked bigint, first_broken_id bigint, head_matches boolean, head_id bigint, head_hash text
) LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
#variable_conflict use_column
DECLARE
  entry record;
  started boolean := false;
  expected_prev text;
  last_id bigint;
BEGIN
  -- One statement reads entries and heads in one snapshot: an append committing meanwhile
  -- cannot look like a mismatch.
  FOR entry IN
    SELECT l.*, h."lastId" AS head_last_id, h."lastHash" AS head_last_hash
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
      expected_prev := NULL;
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
  -- A head whose entries are all gone.
  RETURN QUERY
    SELECT h."tenantId", 0::bigint, NULL::bigint, false, h."lastId", h."lastHash"
    FROM "AuditChainHead" h
    WHERE h."lastId" IS NOT NULL
      AND (app_is_platform() OR h."tenantId" = ANY (app_read_tenants()))
      AND NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."tenantId" IS NOT DISTINCT FROM h."tenantId");
END
$$;
REVOKE ALL ON FUNCTION audit_verify FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_verify TO pcs_app;

-- 5. Re-chain the existing entries per tenant, in id order, and set each chain's head.
DO $$
DECLARE
  entry record;
  started boolean := false;
  chain uuid;
  prev text;
BEGIN
  FOR entry IN SELECT * FROM "AuditLog" ORDER BY "tenantId" NULLS FIRST, id LOOP
    IF NOT started OR entry."tenantId" IS DISTINCT FROM chain THEN
      started := true;
      chain := entry."tenantId";
      prev := NULL;
    END IF;
    UPDATE "AuditLog" SET "prevHash" = prev,
      hash = audit_digest(prev, entry.at, entry."tenantId", entry."actorId", entry."actorName", entry.action,
        entry.entity, entry."entityId", entry.before, entry.after, entry."requestId")
    WHERE id = entry.id
    RETURNING hash INTO prev;
  END LOOP;
END
$$;
INSERT INTO "AuditChainHead" ("tenantId", "lastId", "lastHash")
  SELECT DISTINCT ON ("tenantId") "tenantId", id, hash FROM "AuditLog" ORDER BY "tenantId", id DESC;

-- 6. The county chain records the re-chaining with the old global head, so a head printed
--    before this migration can still be matched. A fresh database has nothing to record.
SELECT audit_append(NULL, NULL, '系统', 'rechain', 'AuditChain', NULL, NULL,
  jsonb_build_object('legacyEntries', entries, 'legacyLastId', last_id, 'legacyLastHash', last_hash, 'acceptedBreak', broken), NULL)
FROM audit_legacy WHERE entries > 0;
DROP TABLE audit_legacy;

-- 7. Append-only for the application: it reads (RLS), and writes only through audit_append().
DROP POLICY audit_insert ON "AuditLog";
CREATE POLICY audit_insert ON "AuditLog" FOR INSERT
  WITH CHECK (app_is_platform() OR "tenantId" IS NOT DISTINCT FROM app_write_tenant());
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM pcs_app;
REVOKE ALL ON SEQUENCE "AuditLog_id_seq" FROM pcs_app;
