-- Democratic evaluation of county departments in the county home (docs/decisions.md 73 §2,
-- built by decision 79): the five tables under the county policies of migration
-- county_appraisal_rls (app.read_county; app.county_department for a department's own user), and
-- the ballots readable and writable by the application role only through the functions below,
-- as the township's Ballot (migration ballots_rls).

ALTER TABLE "CountyDemocraticEvaluation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyDemocraticEvaluation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyEvaluationGroup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyEvaluationGroup" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyBallotCode" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyBallotCode" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyBallot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyBallot" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CountyEvaluationMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CountyEvaluationMember" FORCE ROW LEVEL SECURITY;

-- Evaluations: the standing committee (no department set) reads and writes its county's; a
-- department's user reads its own department's only. Its vote takes a share lock on that row
-- (the member key, decision 71), which PostgreSQL checks against the UPDATE policy's USING: so
-- the department passes USING, and WITH CHECK refuses it any actual change.
CREATE POLICY county_read ON "CountyDemocraticEvaluation" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL OR "countyDepartmentId" = (SELECT app_county_department())));
CREATE POLICY county_insert ON "CountyDemocraticEvaluation" FOR INSERT
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);
CREATE POLICY county_update ON "CountyDemocraticEvaluation" FOR UPDATE
  USING ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL OR "countyDepartmentId" = (SELECT app_county_department())))
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);
CREATE POLICY county_delete ON "CountyDemocraticEvaluation" FOR DELETE
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);

-- Groups and members: read with their evaluation (the sub-select runs under its policy, so a
-- department sees its own evaluation's only), written by the standing committee only.
CREATE POLICY county_read ON "CountyEvaluationGroup" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND EXISTS (SELECT 1 FROM "CountyDemocraticEvaluation" e WHERE e."countyId" = "CountyEvaluationGroup"."countyId" AND e.id = "CountyEvaluationGroup"."evaluationId"));
CREATE POLICY county_write ON "CountyEvaluationGroup" FOR ALL
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL)
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);

CREATE POLICY county_read ON "CountyEvaluationMember" FOR SELECT
  USING ("countyId" = (SELECT app_read_county()) AND EXISTS (SELECT 1 FROM "CountyDemocraticEvaluation" e WHERE e."countyId" = "CountyEvaluationMember"."countyId" AND e.id = "CountyEvaluationMember"."evaluationId"));
CREATE POLICY county_write ON "CountyEvaluationMember" FOR ALL
  USING ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL)
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);

-- Unused codes (keyed hashes): the standing committee's only. A department's voter asks whether
-- their own derived code is unspent through county_ballot_code_unspent and spends it through
-- county_ballot_cast, never reads the table: under a department's setting only those functions
-- (SECURITY DEFINER, so current_user is the owner, who is under FORCE too) reach the rows.
CREATE POLICY county_all ON "CountyBallotCode" FOR ALL
  USING ("countyId" = (SELECT app_read_county()) AND ((SELECT app_county_department()) IS NULL OR current_user <> 'pcs_app'))
  WITH CHECK ("countyId" = (SELECT app_read_county()) AND (SELECT app_county_department()) IS NULL);

-- Ballots: the owner's. The functions (SECURITY DEFINER, run as the owner, who is under FORCE
-- too) see the scope's county only.
CREATE POLICY county_all ON "CountyBallot" FOR ALL
  USING ("countyId" = (SELECT app_read_county()))
  WITH CHECK ("countyId" = (SELECT app_read_county()));
REVOKE ALL ON "CountyBallot" FROM PUBLIC, pcs_app;

-- The evaluation a caller of the county scope may vote in or read: its county's, and for a
-- department's user only its own department's.
CREATE FUNCTION county_evaluation_visible(p_evaluation uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT app_read_county() IS NOT NULL AND EXISTS (
    SELECT 1 FROM "CountyDemocraticEvaluation" e
    WHERE e."countyId" = app_read_county() AND e.id = p_evaluation
      AND (app_county_department() IS NULL OR e."countyDepartmentId" = app_county_department()))
$$;
REVOKE ALL ON FUNCTION county_evaluation_visible FROM PUBLIC;

-- Casting: the code spent (its row deleted) and the ballot stored with its group and day only,
-- the anonymous entry in the county's chain (tenant NULL: allowed when no township is written),
-- in the caller's one transaction, or nothing. 'refused': a wrong, used, cancelled or other
-- evaluation's code, or an evaluation the caller may not see.
CREATE FUNCTION county_ballot_cast(p_evaluation uuid, p_code_hash bytea, p_content jsonb, p_day date)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  county uuid := app_read_county();
  grp uuid;
BEGIN
  IF county IS NULL OR app_write_tenant() IS NOT NULL THEN
    RAISE EXCEPTION 'county_ballot_cast: no county to write, or a township is written' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT county_evaluation_visible(p_evaluation) THEN
    RETURN 'refused';
  END IF;
  DELETE FROM "CountyBallotCode" WHERE "countyId" = county AND "evaluationId" = p_evaluation AND "codeHash" = p_code_hash
    RETURNING "groupId" INTO grp;
  IF grp IS NULL THEN
    RETURN 'refused';
  END IF;
  INSERT INTO "CountyBallot" ("countyId", id, "evaluationId", "groupId", "castOn", content)
    VALUES (county, gen_random_uuid(), p_evaluation, grp, p_day, p_content);
  PERFORM audit_append_ballot(NULL, p_evaluation, grp, p_day);
  RETURN 'cast';
END
$$;
REVOKE ALL ON FUNCTION county_ballot_cast FROM PUBLIC;
GRANT EXECUTE ON FUNCTION county_ballot_cast TO pcs_app;

-- Whether a (derived) code is unspent: what a department's voter may learn of its own code.
CREATE FUNCTION county_ballot_code_unspent(p_evaluation uuid, p_code_hash bytea)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT county_evaluation_visible(p_evaluation) AND EXISTS (
    SELECT 1 FROM "CountyBallotCode" c WHERE c."countyId" = app_read_county() AND c."evaluationId" = p_evaluation AND c."codeHash" = p_code_hash)
$$;
REVOKE ALL ON FUNCTION county_ballot_code_unspent FROM PUBLIC;
GRANT EXECUTE ON FUNCTION county_ballot_code_unspent TO pcs_app;

-- Reading: every ballot of a whole evaluation (never a chosen subset), only of groups with at
-- least p_min ballots, shuffled; the standing committee only.
CREATE FUNCTION county_ballot_contents(p_evaluation uuid, p_min integer)
RETURNS TABLE (group_id uuid, content jsonb) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH mine AS (
    SELECT b."groupId", b.content FROM "CountyBallot" b
    WHERE b."countyId" = app_read_county() AND app_county_department() IS NULL AND b."evaluationId" = p_evaluation
  ), shown AS (
    SELECT "groupId" FROM mine GROUP BY "groupId" HAVING count(*) >= GREATEST(p_min, 1)
  )
  SELECT m."groupId", m.content FROM mine m WHERE m."groupId" IN (SELECT "groupId" FROM shown) ORDER BY random()
$$;
REVOKE ALL ON FUNCTION county_ballot_contents FROM PUBLIC;
GRANT EXECUTE ON FUNCTION county_ballot_contents TO pcs_app;

-- Turnout: ballots per group, counts only; the standing committee only.
CREATE FUNCTION county_ballot_counts(p_evaluation uuid)
RETURNS TABLE (group_id uuid, cast_count integer) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT b."groupId", count(*)::int FROM "CountyBallot" b
  WHERE b."countyId" = app_read_county() AND app_county_department() IS NULL AND b."evaluationId" = p_evaluation
  GROUP BY b."groupId"
$$;
REVOKE ALL ON FUNCTION county_ballot_counts FROM PUBLIC;
GRANT EXECUTE ON FUNCTION county_ballot_counts TO pcs_app;

-- County tables: a copy on every worker, like the other county appraisal tables (docs/scale.md).
SELECT app_distribute_tables(
  ARRAY['CountyDemocraticEvaluation', 'CountyEvaluationGroup', 'CountyBallotCode', 'CountyBallot', 'CountyEvaluationMember'],
  ARRAY[]::text[]
);
