-- Membership (a platform table) names a township handler's handling unit (a tenant table).
-- Once tenant tables are distributed a platform table cannot point into them (Citus: no
-- foreign key from a reference table into a distributed one), so the foreign key is gone
-- and these triggers keep what it kept: the unit exists in the membership's own township,
-- and a unit named by a membership is neither deleted nor re-keyed. The API checks first
-- (packages/api/src/provisioning/memberships.ts); this is the last line. docs/decisions.md.

-- Runs under the caller's row-level security, with the read scope narrowed to the
-- membership's own township for the check: a platform admin who keeps a handler's unit
-- reads no township's units, and the check still sees that one. The SET clause confines
-- the SET LOCAL to this function: the caller's scope is back when it returns.
CREATE FUNCTION membership_handling_unit_check() RETURNS trigger LANGUAGE plpgsql
SET app.read_tenants = '' AS $$
BEGIN
  IF NEW."handlingUnitId" IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW."tenantId" IS NOT NULL THEN
    EXECUTE format('SET LOCAL app.read_tenants = %L', '{' || NEW."tenantId" || '}');
    IF EXISTS (SELECT 1 FROM "HandlingUnit" WHERE "tenantId" = NEW."tenantId" AND id = NEW."handlingUnitId") THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'handling unit % is not a unit of township %', NEW."handlingUnitId", NEW."tenantId"
    USING ERRCODE = 'foreign_key_violation', TABLE = 'Membership', COLUMN = 'handlingUnitId',
      CONSTRAINT = 'Membership_handlingUnit_check';
END
$$;

CREATE TRIGGER membership_handling_unit BEFORE INSERT OR UPDATE OF "tenantId", "handlingUnitId" ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION membership_handling_unit_check();

-- Units are deactivated, never deleted, by the application; this keeps it so for held ones.
CREATE FUNCTION handling_unit_held_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."tenantId" = OLD."tenantId" AND NEW.id = OLD.id THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM "Membership" WHERE "tenantId" = OLD."tenantId" AND "handlingUnitId" = OLD.id) THEN
    RAISE EXCEPTION 'handling unit % is held by a membership', OLD.id
      USING ERRCODE = 'foreign_key_violation', TABLE = 'HandlingUnit', CONSTRAINT = 'Membership_handlingUnit_check';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER handling_unit_held BEFORE UPDATE OF "tenantId", id OR DELETE ON "HandlingUnit"
  FOR EACH ROW EXECUTE FUNCTION handling_unit_held_check();
