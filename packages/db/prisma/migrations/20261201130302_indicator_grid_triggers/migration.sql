-- The grid indicators' source tables (@pcs/domain INDICATOR_SOURCE_TABLES) mark their days dirty
-- like every other source: events on the day reported, their history on the day of each step,
-- patrols on the day started, inspections on the day inspected; grids and ledger objects reach
-- every later period (they count in each period's denominator from the day they were set up).
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "GridEvent" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'reportedAt', 'followUpAt');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "GridEventTransition" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'at');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "Patrol" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'startedAt');
CREATE TRIGGER indicator_days AFTER INSERT OR UPDATE OR DELETE ON "LedgerInspection" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('day', 'inspectedAt');
CREATE TRIGGER indicator_days AFTER INSERT OR DELETE OR UPDATE OF "tenantId", level, "createdAt" ON "Grid" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'createdAt');
CREATE TRIGGER indicator_days AFTER INSERT OR DELETE OR UPDATE OF "tenantId", "createdAt" ON "LedgerObject" FOR EACH ROW EXECUTE FUNCTION app_mark_indicator_days('onward', 'createdAt');
