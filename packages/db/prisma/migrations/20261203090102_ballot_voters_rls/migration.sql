-- Signed-in voters (decision 65 §6, docs/decisions-deputies4.md): township data under the tenant
-- policies like the ballot tables, distributed by township like every tenant table (docs/scale.md).
-- The table says only that a user voted in an evaluation: no group, no code, no time.
SELECT app_enable_tenant_rls('"BallotVoter"');

SELECT app_distribute_tables(ARRAY[]::text[], ARRAY['BallotVoter']);
