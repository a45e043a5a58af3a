-- Tables added since the distribute migration (docs/scale.md): each signer's evaluation of a reply.
SELECT app_distribute_tables(ARRAY[]::text[], ARRAY['SuggestionEvaluation']);
