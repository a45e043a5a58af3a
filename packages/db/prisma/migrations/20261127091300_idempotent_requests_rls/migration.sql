-- Saved answers are township data: the same four tenant policies as every tenant table.
-- A key is looked up only under the caller's own township, so another township's keys are
-- invisible (and a clash on the unique key is answered as "key reused", never with its answer).
SELECT app_enable_tenant_rls('"IdempotentRequest"');
