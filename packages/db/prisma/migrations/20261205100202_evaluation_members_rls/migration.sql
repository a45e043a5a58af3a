-- Members of an evaluation's groups who vote signed in (docs/decisions-deputies5.md): township
-- data under the tenant policies like the ballot tables, distributed by township like every
-- tenant table (docs/scale.md). BallotVoter is gone: whether a member voted is whether their
-- derived code is still unspent, so no row naming a voter is written when a ballot is.
SELECT app_enable_tenant_rls('"EvaluationMember"');

SELECT app_distribute_tables(ARRAY[]::text[], ARRAY['EvaluationMember']);
