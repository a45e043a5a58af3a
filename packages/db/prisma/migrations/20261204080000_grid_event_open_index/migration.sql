-- Open grid events are a few hundred of a township's hundreds of thousands, and almost all of them
-- in the latest months. The deadline sweep (open events with a due day) and the overview's alerts
-- (open and overdue, per township) read them through the state index of every month's partition;
-- a partial index holds only open events, so an old month's partition answers from an empty index.
-- The list is the domain's GRID_EVENT_OPEN_STATES (a test compares them).
CREATE INDEX "GridEvent_open_idx" ON "GridEvent" ("tenantId", "overdue")
  WHERE "state" IN ('reported', 'accepted', 'dispatched', 'handling', 'handled', 'fed_back', 'escalated');
