-- Democratic evaluation by one-time codes: isolation, and anonymity that holds against the
-- application role (docs/audit.md, "Anonymous ballots"; docs/decisions-ballots.md).

SELECT app_enable_tenant_rls('"DemocraticEvaluation"');
SELECT app_enable_tenant_rls('"EvaluationGroup"');
SELECT app_enable_tenant_rls('"BallotCode"');
SELECT app_enable_tenant_rls('"Ballot"');

-- Ballots are the owner's: the application role can neither read single ballots nor write
-- them except through the functions below (cast one; read a whole evaluation; count per group).
REVOKE ALL ON "Ballot" FROM PUBLIC, pcs_app;

-- 1. audit_append with the stamp given: the body of audit_append (unchanged signature and
--    behaviour, which now calls this) so that a ballot's entry can carry its day only.
CREATE FUNCTION audit_append_stamped(
  p_stamp timestamp(3), p_tenant uuid, p_actor uuid, p_actor_name text, p_action text, p_entity text,
  p_entity_id text, p_before jsonb, p_after jsonb, p_request_id text
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head record;
  digest text;
  new_id bigint;
BEGIN
  IF NOT app_is_platform() AND p_tenant IS DISTINCT FROM app_write_tenant() THEN
    RAISE EXCEPTION 'audit_append: the chain of tenant % is outside this transaction''s write scope', p_tenant
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT "lastId", "lastHash" INTO head FROM "AuditChainHead" WHERE "tenantId" IS NOT DISTINCT FROM p_tenant FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO "AuditChainHead" ("tenantId") VALUES (p_tenant) ON CONFLICT DO NOTHING;
    SELECT "lastId", "lastHash" INTO head FROM "AuditChainHead" WHERE "tenantId" IS NOT DISTINCT FROM p_tenant FOR UPDATE;
  END IF;
  digest := audit_digest(head."lastHash", p_stamp, p_tenant, p_actor, p_actor_name, p_action,
    p_entity, p_entity_id, p_before, p_after, p_request_id);
  new_id := nextval(pg_get_serial_sequence('"AuditLog"', 'id'));
  INSERT INTO "AuditLog" (id, at, "tenantId", "actorId", "actorName", action, entity, "entityId",
    before, after, "requestId", "prevHash", hash)
  VALUES (new_id, p_stamp, p_tenant, p_actor, p_actor_name, p_action, p_entity, p_entity_id,
    p_before, p_after, p_request_id, head."lastHash", digest);
  UPDATE "AuditChainHead" SET "lastId" = new_id, "lastHash" = digest WHERE "tenantId" IS NOT DISTINCT FROM p_tenant;
  RETURN new_id;
END
$$;
REVOKE ALL ON FUNCTION audit_append_stamped FROM PUBLIC;

CREATE OR REPLACE FUNCTION audit_append(
  p_tenant uuid, p_actor uuid, p_actor_name text, p_action text, p_entity text,
  p_entity_id text, p_before jsonb, p_after jsonb, p_request_id text
) RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  SELECT audit_append_stamped(date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3),
    p_tenant, p_actor, p_actor_name, p_action, p_entity, p_entity_id, p_before, p_after, p_request_id)
$$;

-- 2. A ballot's audit entry: that a ballot of this group was cast on this day, by nobody.
--    It takes nothing else, so no caller can add a user, a code, a choice or a time.
CREATE FUNCTION audit_append_ballot(p_tenant uuid, p_evaluation uuid, p_group uuid, p_day date)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  SELECT audit_append_stamped(p_day::timestamp(3), p_tenant, NULL, '匿名测评', 'ballot_cast', 'DemocraticEvaluation',
    p_evaluation::text, NULL, jsonb_build_object('evaluationId', p_evaluation, 'evaluatorGroupId', p_group, 'day', p_day), NULL);
$$;
REVOKE ALL ON FUNCTION audit_append_ballot FROM PUBLIC;

-- 3. Casting: the code is spent (its row deleted: a used code leaves nothing to link) and the
--    ballot stored in the caller's one transaction, or neither. A code of another evaluation,
--    a used or cancelled one, or no code at all: 'refused', nothing stored.
CREATE FUNCTION ballot_cast(p_evaluation uuid, p_code_hash bytea, p_content jsonb, p_day date)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  tenant uuid := app_write_tenant();
  grp uuid;
BEGIN
  IF tenant IS NULL THEN
    RAISE EXCEPTION 'ballot_cast: no township to write' USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM "BallotCode" WHERE "tenantId" = tenant AND "evaluationId" = p_evaluation AND "codeHash" = p_code_hash
    RETURNING "groupId" INTO grp;
  IF grp IS NULL THEN
    RETURN 'refused';
  END IF;
  INSERT INTO "Ballot" ("tenantId", id, "evaluationId", "groupId", "castOn", content)
    VALUES (tenant, gen_random_uuid(), p_evaluation, grp, p_day, p_content);
  PERFORM audit_append_ballot(tenant, p_evaluation, grp, p_day);
  RETURN 'cast';
END
$$;
REVOKE ALL ON FUNCTION ballot_cast FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ballot_cast TO pcs_app;

-- 4. Reading: every ballot of a whole evaluation (never a chosen subset), only of groups with
--    at least p_min ballots (the API passes the rule appraisal.ballot_min_count), shuffled.
CREATE FUNCTION ballot_contents(p_evaluation uuid, p_min integer)
RETURNS TABLE (group_id uuid, content jsonb) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH mine AS (
    SELECT b."groupId", b.content FROM "Ballot" b
    WHERE b."tenantId" = ANY (app_read_tenants()) AND b."evaluationId" = p_evaluation
  ), shown AS (
    SELECT "groupId" FROM mine GROUP BY "groupId" HAVING count(*) >= GREATEST(p_min, 1)
  )
  SELECT m."groupId", m.content FROM mine m WHERE m."groupId" IN (SELECT "groupId" FROM shown) ORDER BY random()
$$;
REVOKE ALL ON FUNCTION ballot_contents FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ballot_contents TO pcs_app;

-- Turnout: ballots per group, counts only.
CREATE FUNCTION ballot_counts(p_evaluation uuid)
RETURNS TABLE (group_id uuid, cast_count integer) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT b."groupId", count(*)::int FROM "Ballot" b
  WHERE b."tenantId" = ANY (app_read_tenants()) AND b."evaluationId" = p_evaluation
  GROUP BY b."groupId"
$$;
REVOKE ALL ON FUNCTION ballot_counts FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ballot_counts TO pcs_app;
