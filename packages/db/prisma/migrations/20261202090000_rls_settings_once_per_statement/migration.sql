-- Row-level security reads the scope settings once per statement, not once per row (issue 13).
-- The policies called app_read_tenants() / app_write_tenant() / app_is_platform() as plain
-- expressions: evaluated for every row, and opaque to the planner, which then guessed one row
-- and picked worse plans. Wrapped in a scalar sub-select, each is an init plan: computed once
-- per statement and compared as a parameter (an index condition on "tenantId"). The protection
-- is the same expression; only when it is evaluated changes.

CREATE OR REPLACE FUNCTION app_enable_tenant_rls(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY tenant_read ON %s FOR SELECT USING ("tenantId" = ANY ((SELECT app_read_tenants())::uuid[]))', target);
  EXECUTE format('CREATE POLICY tenant_insert ON %s FOR INSERT WITH CHECK ("tenantId" = (SELECT app_write_tenant()))', target);
  EXECUTE format('CREATE POLICY tenant_update ON %s FOR UPDATE USING ("tenantId" = (SELECT app_write_tenant())) WITH CHECK ("tenantId" = (SELECT app_write_tenant()))', target);
  EXECUTE format('CREATE POLICY tenant_delete ON %s FOR DELETE USING ("tenantId" = (SELECT app_write_tenant()))', target);
END
$$;

-- Every table that has the four tenant policies gets them again, through the function above.
DO $$
DECLARE
  target regclass;
BEGIN
  FOR target IN
    SELECT DISTINCT format('%I.%I', schemaname, tablename)::regclass FROM pg_policies WHERE policyname = 'tenant_read'
  LOOP
    EXECUTE format('DROP POLICY tenant_read ON %s', target);
    EXECUTE format('DROP POLICY tenant_insert ON %s', target);
    EXECUTE format('DROP POLICY tenant_update ON %s', target);
    EXECUTE format('DROP POLICY tenant_delete ON %s', target);
    PERFORM app_enable_tenant_rls(target);
  END LOOP;
END
$$;

-- The audit log's two policies, the same way.
DROP POLICY audit_read ON "AuditLog";
CREATE POLICY audit_read ON "AuditLog" FOR SELECT
  USING ((SELECT app_is_platform()) OR "tenantId" = ANY ((SELECT app_read_tenants())::uuid[]));
DROP POLICY audit_insert ON "AuditLog";
CREATE POLICY audit_insert ON "AuditLog" FOR INSERT
  WITH CHECK ((SELECT app_is_platform()) OR "tenantId" IS NOT DISTINCT FROM (SELECT app_write_tenant()));
