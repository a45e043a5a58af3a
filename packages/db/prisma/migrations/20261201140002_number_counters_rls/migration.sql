-- The numbering counters are township data: the same four tenant policies as every tenant table.
SELECT app_enable_tenant_rls('"NumberCounter"');

-- Each township's counters start at the largest number of the year its tables already hold
-- (numbers "2026-007"; other shapes, such as the scale generator's, are not counted).
INSERT INTO "NumberCounter" ("tenantId", kind, year, last)
SELECT "tenantId", kind, split_part(number, '-', 1)::int, max(split_part(number, '-', 2)::int)
FROM (
  SELECT "tenantId", 'Suggestion' AS kind, number FROM "Suggestion"
  UNION ALL SELECT "tenantId", 'Rectification', number FROM "Rectification"
  UNION ALL SELECT "tenantId", 'Petition', number FROM "Petition"
  UNION ALL SELECT "tenantId", 'GridEvent', number FROM "GridEvent"
) numbered
WHERE number ~ '^[0-9]{4}-[0-9]+$'
GROUP BY 1, 2, 3;
