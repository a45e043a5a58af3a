-- Grid events and their history are township data: the same four tenant policies as every tenant table.
SELECT app_enable_tenant_rls('"GridEvent"');
SELECT app_enable_tenant_rls('"GridEventTransition"');

-- The history is append-only: a step is never rewritten (figures as of a past moment read it).
CREATE FUNCTION app_grid_event_transition_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'GridEventTransition rows are append-only';
END $$;
CREATE TRIGGER grid_event_transition_append_only BEFORE UPDATE ON "GridEventTransition"
  FOR EACH ROW EXECUTE FUNCTION app_grid_event_transition_append_only();
