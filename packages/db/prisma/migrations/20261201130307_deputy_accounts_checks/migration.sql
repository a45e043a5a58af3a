-- Deputies who sign in (issue 14): each signer's own evaluation is township data under the
-- tenant policies; a deputy's membership names the Deputy row of its own township.
SELECT app_enable_tenant_rls('"SuggestionEvaluation"');

-- A deputy membership names exactly one Deputy of that township; no other role names one; a
-- Deputy row is the account of one user at most (the unique key on tenantId, deputyId).
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_deputy_check" CHECK ((role::text = 'deputy') = ("deputyId" IS NOT NULL));

-- As membership_handling_unit_check (20261127051500): no foreign key from a platform table into
-- a tenant one, so this trigger keeps the deputy in the membership's own township.
CREATE FUNCTION membership_deputy_check() RETURNS trigger LANGUAGE plpgsql
SET app.read_tenants = '' AS $$
BEGIN
  IF NEW."deputyId" IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW."tenantId" IS NOT NULL THEN
    EXECUTE format('SET LOCAL app.read_tenants = %L', '{' || NEW."tenantId" || '}');
    IF EXISTS (SELECT 1 FROM "Deputy" WHERE "tenantId" = NEW."tenantId" AND id = NEW."deputyId") THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'deputy % is not a deputy of township %', NEW."deputyId", NEW."tenantId"
    USING ERRCODE = 'foreign_key_violation', TABLE = 'Membership', COLUMN = 'deputyId',
      CONSTRAINT = 'Membership_deputy_fk_check';
END
$$;

CREATE TRIGGER membership_deputy BEFORE INSERT OR UPDATE OF "tenantId", "deputyId" ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION membership_deputy_check();

CREATE FUNCTION deputy_held_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."tenantId" = OLD."tenantId" AND NEW.id = OLD.id THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM "Membership" WHERE "tenantId" = OLD."tenantId" AND "deputyId" = OLD.id) THEN
    RAISE EXCEPTION 'deputy % has an account', OLD.id
      USING ERRCODE = 'foreign_key_violation', TABLE = 'Deputy', CONSTRAINT = 'Membership_deputy_fk_check';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER deputy_held BEFORE UPDATE OF "tenantId", id OR DELETE ON "Deputy"
  FOR EACH ROW EXECUTE FUNCTION deputy_held_check();
