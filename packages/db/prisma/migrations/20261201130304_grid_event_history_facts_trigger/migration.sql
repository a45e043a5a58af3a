-- The first instant of a county day, as the UTC timestamp instants are stored in: the inverse of
-- app_local_day, so a period's instants are a range of the column itself (an index serves it).
CREATE FUNCTION app_day_start(day date, tz text) RETURNS timestamp LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT (day::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC'
$$;

-- Each event's first acceptance, dispatch, feedback, refusal, close, overdue mark, escalation, return and reopening, kept from
-- its history so that the grid indicators ask "had it happened by that day?" of a column, not of
-- the history event by event. The history is append-only (no UPDATE), so inserts and deletes
-- are what change it; both recompute the events they touch from their whole history.
CREATE FUNCTION app_refresh_grid_event_facts(tenant_ids uuid[], event_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "GridEvent" e SET
    "firstRefusedAt" = f.refused,
    "firstAcceptedAt" = f.accepted,
    "firstDispatchedAt" = f.dispatched,
    "firstFedBackAt" = f.fed_back,
    "firstClosedAt" = f.closed,
    "firstOverdueAt" = f.overdue,
    "firstEscalatedAt" = f.escalated,
    "firstReturnedAt" = f.returned,
    "firstReopenedAt" = f.reopened
  FROM (
    SELECT x."tenantId", x.id,
      min(t.at) FILTER (WHERE t.action = 'refuse') AS refused,
      min(t.at) FILTER (WHERE t.action = 'accept') AS accepted,
      min(t.at) FILTER (WHERE t.action = 'dispatch') AS dispatched,
      min(t.at) FILTER (WHERE t.action = 'feedback') AS fed_back,
      min(t.at) FILTER (WHERE t.action = 'verify_pass') AS closed,
      min(t.at) FILTER (WHERE t.action = 'mark_overdue') AS overdue,
      min(t.at) FILTER (WHERE t.action IN ('escalate', 'auto_escalate')) AS escalated,
      min(t.at) FILTER (WHERE t.action = 'return') AS returned,
      min(t.at) FILTER (WHERE t.action = 'reopen') AS reopened
    FROM "GridEvent" x
    LEFT JOIN "GridEventTransition" t ON t."tenantId" = x."tenantId" AND t."eventId" = x.id
    WHERE x."tenantId" = ANY (tenant_ids) AND (event_ids IS NULL OR x.id = ANY (event_ids))
    GROUP BY x."tenantId", x.id
  ) f
  WHERE e."tenantId" = f."tenantId" AND e.id = f.id
    AND (e."firstRefusedAt", e."firstAcceptedAt", e."firstDispatchedAt", e."firstFedBackAt", e."firstClosedAt", e."firstOverdueAt", e."firstEscalatedAt", e."firstReturnedAt", e."firstReopenedAt")
        IS DISTINCT FROM (f.refused, f.accepted, f.dispatched, f.fed_back, f.closed, f.overdue, f.escalated, f.returned, f.reopened)
$$;

-- One statement's changed rows at once (a bulk insert updates each event once).
CREATE FUNCTION app_grid_event_facts_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM app_refresh_grid_event_facts(array_agg(DISTINCT "tenantId"), array_agg(DISTINCT "eventId")) FROM changed;
  RETURN NULL;
END $$;
CREATE TRIGGER grid_event_facts_insert AFTER INSERT ON "GridEventTransition"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_grid_event_facts_trigger();
CREATE TRIGGER grid_event_facts_delete AFTER DELETE ON "GridEventTransition"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_grid_event_facts_trigger();

-- The events already recorded.
SELECT app_refresh_grid_event_facts(array_agg(id), NULL) FROM "Tenant";
