-- Indicator values are township data: the same four tenant policies as every tenant table.
SELECT app_enable_tenant_rls('"IndicatorValue"');
SELECT app_enable_tenant_rls('"IndicatorDirtyDay"');

-- The county day an instant falls on (instants are stored as UTC timestamps without zone).
CREATE FUNCTION app_local_day(instant timestamp, tz text) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((instant AT TIME ZONE 'UTC') AT TIME ZONE tz)::date
$$;

-- Marks the days of a changed row dirty, old and new values alike. TG_ARGV[0] is 'onward'
-- (the change reaches every later period: a deputy's status, a contact, a rule) or 'day';
-- the other arguments name the row's day or instant columns. An instant marks the day
-- before and after too, since its county day depends on the county's zone. A missing day
-- of an 'onward' column (a deputy with no election day) reaches back to the beginning.
CREATE FUNCTION app_mark_indicator_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  onward boolean := TG_ARGV[0] = 'onward';
  rec jsonb;
  raw text;
  d date;
  i int;
BEGIN
  FOREACH rec IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
    CONTINUE WHEN rec IS NULL;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
      raw := rec ->> TG_ARGV[i];
      IF raw IS NULL THEN
        CONTINUE WHEN NOT onward;
        d := DATE '1900-01-02';
      ELSE
        d := left(raw, 10)::date;
      END IF;
      INSERT INTO "IndicatorDirtyDay" ("tenantId", day, onward)
        SELECT (rec ->> 'tenantId')::uuid, x, onward FROM unnest(CASE WHEN length(raw) > 10 OR onward THEN ARRAY[d - 1, d, d + 1] ELSE ARRAY[d] END) AS x
        ON CONFLICT DO NOTHING;
    END LOOP;
  END LOOP;
  RETURN NULL;
END
$$;

-- Marks the day of a child row's parent (an attendance: its meeting's day). TG_ARGV: parent
-- table, the child's column holding the parent's id, the parent's day column.
CREATE FUNCTION app_mark_indicator_days_via() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rec jsonb;
  d date;
BEGIN
  FOREACH rec IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
    CONTINUE WHEN rec IS NULL;
    EXECUTE format('SELECT %I FROM %I WHERE "tenantId" = $1 AND id = $2', TG_ARGV[2], TG_ARGV[0]) INTO d USING (rec ->> 'tenantId')::uuid, (rec ->> TG_ARGV[1])::uuid;
    CONTINUE WHEN d IS NULL;
    INSERT INTO "IndicatorDirtyDay" ("tenantId", day, onward) VALUES ((rec ->> 'tenantId')::uuid, d, false) ON CONFLICT DO NOTHING;
  END LOOP;
  RETURN NULL;
END
$$;

-- The source tables of @pcs/domain INDICATOR_SOURCE_TABLES, and the township rules.
CREATE TRIGGER indicator_days AFTER INSERT OR DELETE OR UPDATE OF "tenantId", "electedOn", status, "statusDate", "presidiumRole", levels ON "Deputy"
  FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'electedOn', 'statusDate');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "ConstituentContact" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'createdAt');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "PresidiumContact" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'createdAt');
CREATE TRIGGER indicator_days AFTER INSERT OR DELETE ON "DeputyGroup" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'createdAt');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "TenantRuleValue" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'effectiveFrom');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "CongressMeeting" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'startDate');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "DutyActivity" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'date');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "DutyReview" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'date');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "ReceptionDay" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'date');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "SupervisionActivity" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'startDate');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "Suggestion" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'submittedOn', 'originalDueOn', 'repliedAt', 'evaluatedAt');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "SuggestionTransition" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'at');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "Rectification" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'dueOn', 'closedAt');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "MeetingAttendance" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days_via('CongressMeeting', 'meetingId', 'startDate');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "DutyActivityParticipant" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days_via('DutyActivity', 'activityId', 'date');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "ReceptionDuty" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days_via('ReceptionDay', 'receptionId', 'date');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "SuggestionSigner" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days_via('Suggestion', 'suggestionId', 'submittedOn');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "SupervisionParticipant" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days_via('SupervisionActivity', 'activityId', 'startDate');
