-- Tenant isolation, second layer: row-level security. Hand-written: Prisma's schema
-- language cannot express roles or policies. See docs/tenancy.md.
--
-- The API connects as pcs_app, which owns no table, so FORCE'd policies always apply.
-- Each API transaction sets, with set_config(..., true) so it ends with the transaction:
--   app.read_tenants  '{uuid,...}'  tenants whose rows may be read
--   app.write_tenant  'uuid' or ''  the one tenant whose rows may be written
--   app.platform      'on' or ''    platform-admin scope (audit rows without tenant)

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pcs_app') THEN
    CREATE ROLE pcs_app LOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO pcs_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pcs_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pcs_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pcs_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pcs_app;
-- Migration bookkeeping is not the application's business (absent in a shadow database).
DO $$
BEGIN
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM pcs_app;
  END IF;
END
$$;

CREATE FUNCTION app_read_tenants() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT COALESCE(NULLIF(current_setting('app.read_tenants', true), ''), '{}')::uuid[]
$$;

CREATE FUNCTION app_write_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT NULLIF(current_setting('app.write_tenant', true), '')::uuid
$$;

CREATE FUNCTION app_is_platform() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT COALESCE(current_setting('app.platform', true), '') = 'on'
$$;

-- Every tenant-owned table gets the same four policies; later migrations call this too.
CREATE FUNCTION app_enable_tenant_rls(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY tenant_read ON %s FOR SELECT USING ("tenantId" = ANY (app_read_tenants()))', target);
  EXECUTE format('CREATE POLICY tenant_insert ON %s FOR INSERT WITH CHECK ("tenantId" = app_write_tenant())', target);
  EXECUTE format('CREATE POLICY tenant_update ON %s FOR UPDATE USING ("tenantId" = app_write_tenant()) WITH CHECK ("tenantId" = app_write_tenant())', target);
  EXECUTE format('CREATE POLICY tenant_delete ON %s FOR DELETE USING ("tenantId" = app_write_tenant())', target);
END
$$;

SELECT app_enable_tenant_rls('"Village"');
SELECT app_enable_tenant_rls('"Grid"');
SELECT app_enable_tenant_rls('"TenantRuleValue"');

-- The audit log is append-only for the application, and tenant rows are isolated.
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON "AuditLog" FOR SELECT
  USING (app_is_platform() OR "tenantId" = ANY (app_read_tenants()));
CREATE POLICY audit_insert ON "AuditLog" FOR INSERT
  WITH CHECK (app_is_platform() OR "tenantId" IS NULL OR "tenantId" = app_write_tenant() OR "tenantId" = ANY (app_read_tenants()));
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM pcs_app;
