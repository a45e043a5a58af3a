import type pg from 'pg';
import { addDays, daysInclusive, gridEventId } from '@pcs/domain';
import { copyRows, type CopyValue } from './copy';
import type { SeededRandom } from './random';

export interface GridScaleOptions {
  grids: number;
  events: number;
  patrolsPerGridWeek: number;
  firstDay: string;
  lastDay: string;
}

const instant = (day: string, minutes: number) => {
  const h = String(8 + Math.floor(minutes / 60) % 10).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${day} ${h}:${m}:00+08`;
};

const CATEGORIES = ['straw_burning', 'garbage_burning', 'illegal_discharge', 'solid_waste', 'livestock', 'construction_dust', 'sanitation', 'other'] as const;

/** One township's rows of the grid tables, made before they are loaded (gridScaleRows). */
export interface GridScaleRows {
  tenantId: string;
  Grid: CopyValue[][];
  Patrol: CopyValue[][];
  GridEvent: CopyValue[][];
  GridEventTransition: CopyValue[][];
}

const COLUMNS = {
  Grid: ['tenantId', 'id', 'name', 'level', 'version', 'createdAt', 'updatedAt'],
  Patrol: ['tenantId', 'id', 'gridId', 'patrollerName', 'startedAt', 'endedAt', 'createdAt'],
  GridEvent: ['tenantId', 'id', 'number', 'source', 'category', 'urgency', 'gridId', 'level', 'placeAddress', 'description', 'occurredAt', 'reportedAt', 'reporterName', 'state', 'version', 'overdue', 'returnCount', 'reopenCount', 'escalationCount', 'acceptedAt', 'closedAt', 'followUpAt', 'followUpSatisfaction', 'createdAt', 'updatedAt'],
  GridEventTransition: ['tenantId', 'eventId', 'eventReportedAt', 'action', 'fromState', 'toState', 'actorKind', 'actorName', 'at', 'data'],
} as const;

/**
 * Loads several townships' grid rows with one COPY per table, then fills the columns the database
 * keeps from the history as its trigger would (the load runs with triggers off). One COPY per
 * township and table cost more than its rows at province scale (3,000 townships of 1,700 events:
 * each COPY into the month partitions opens all of them).
 */
export async function copyGridRows(client: pg.ClientBase, batch: readonly GridScaleRows[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['Grid', 'Patrol', 'GridEvent', 'GridEventTransition'] as const) {
    counts[table] = await copyRows(client, table, COLUMNS[table], (function* () {
      for (const township of batch) yield* township[table];
    })());
  }
  await client.query(`SELECT app_refresh_grid_event_facts($1::uuid[], NULL)`, [batch.map((t) => t.tenantId)]);
  return counts;
}

/**
 * Level-4 grids, their patrols, and grid events with their whole transition history (reported,
 * accepted, dispatched, handled, fed back, closed; some returned, escalated, reopened, marked
 * overdue, refused), for one township: the sources of the grid indicators (copyGridRows loads them).
 */
export function gridScaleRows(tenantId: string, options: GridScaleOptions, random: SeededRandom): GridScaleRows {
  const span = daysInclusive(options.firstDay, options.lastDay) - 1;
  const created = instant(options.firstDay, 0);
  const gridIds = Array.from({ length: options.grids }, () => random.uuid());
  const rows: GridScaleRows = { tenantId, Grid: [], Patrol: [], GridEvent: [], GridEventTransition: [] };
  rows.Grid = gridIds.map((id, i) => [tenantId, id, `基准网格${String(i + 1).padStart(3, '0')}`, 4, 0, created, created]);
  const weeks = Math.floor(span / 7);
  for (const gridId of gridIds)
    for (let w = 0; w < weeks; w++)
      for (let k = 0; k < options.patrolsPerGridWeek; k++) {
        if (random.chance(0.1)) continue;
        const day = addDays(options.firstDay, w * 7 + random.int(0, 6));
        rows.Patrol.push([tenantId, random.uuid(), gridId, '网格员', instant(day, 60), instant(day, 120), instant(day, 130)]);
      }

  const transitions = rows.GridEventTransition;
  /** The event being generated: its steps carry its time (the key into the partitioned GridEvent holds it). */
  let eventReportedAt = '';
  const step = (eventId: string, action: string, from: string | null, to: string, day: string, minutes: number, actorKind = 'office') =>
    transitions.push([tenantId, eventId, eventReportedAt, action, from, to, actorKind, '工作人员', instant(day, minutes), '{}']);
  for (let i = 0; i < options.events; i++) {
    const reported = addDays(options.firstDay, random.int(0, span));
    // The id carries the receipt time, as the API's ids do (domain event-id.ts).
    const id = gridEventId(new Date(`${reported}T08:00:00+08:00`), random.bytes(16));
    const at = (d: number) => addDays(reported, d);
    const done = (d: number) => at(d) <= options.lastDay;
    let state = 'reported';
    let acceptedAt: string | null = null;
    let closedAt: string | null = null;
    let followUp: [string, string] | null = null;
    const overdue = random.chance(0.12);
    const returned = random.chance(0.05);
    const escalated = random.chance(0.04);
    const reopened = random.chance(0.02);
    eventReportedAt = instant(reported, 0);
    step(id, 'report', null, 'reported', reported, 0, 'grid_worker');
    if (random.chance(0.03) && done(1)) {
      step(id, 'refuse', 'reported', 'refused', at(1), 30);
      state = 'refused';
    } else if (done(1)) {
      step(id, 'accept', 'reported', 'accepted', at(1), 30);
      acceptedAt = instant(at(1), 30);
      state = 'accepted';
      if (done(2)) {
        step(id, 'dispatch', 'accepted', 'dispatched', at(2), 60);
        state = 'dispatched';
        if (returned && done(3)) {
          step(id, 'return', 'dispatched', 'accepted', at(3), 60, 'handler');
          step(id, 'dispatch', 'accepted', 'dispatched', at(3), 90);
        }
        if (escalated && done(4)) {
          step(id, 'escalate', 'dispatched', 'escalated', at(4), 60, 'handler');
          step(id, 'accept', 'escalated', 'accepted', at(4), 90, 'department');
          step(id, 'dispatch', 'accepted', 'dispatched', at(4), 120, 'department');
        }
        const handleDay = random.int(3, 25);
        if (overdue && done(handleDay - 1)) step(id, 'mark_overdue', 'dispatched', 'dispatched', at(handleDay - 1), 0, 'system');
        if (done(handleDay)) {
          step(id, 'handle', 'dispatched', 'handled', at(handleDay), 60, 'handler');
          step(id, 'feedback', 'handled', 'fed_back', at(handleDay), 90, 'handler');
          state = 'fed_back';
          if (done(handleDay + 2)) {
            step(id, 'verify_pass', 'fed_back', 'closed', at(handleDay + 2), 30, 'grid_head');
            closedAt = instant(at(handleDay + 2), 30);
            state = 'closed';
            if (reopened && done(handleDay + 5)) {
              step(id, 'reopen', 'closed', 'handling', at(handleDay + 5), 30);
              step(id, 'handle', 'handling', 'handled', at(handleDay + 6), 30, 'handler');
              step(id, 'feedback', 'handled', 'fed_back', at(handleDay + 6), 60, 'handler');
              state = 'fed_back';
              closedAt = null;
              if (done(handleDay + 7)) {
                step(id, 'verify_pass', 'fed_back', 'closed', at(handleDay + 7), 30, 'grid_head');
                closedAt = instant(at(handleDay + 7), 30);
                state = 'closed';
              }
            }
            if (state === 'closed' && random.chance(0.2) && done(handleDay + 10)) followUp = [instant(at(handleDay + 10), 0), random.pick(['satisfied', 'satisfied', 'basically_satisfied', 'unsatisfied'])];
          }
        }
      }
    }
    const stamp = instant(reported, 0);
    rows.GridEvent.push([
      tenantId, id, `E${reported.slice(0, 4)}-${String(i + 1).padStart(7, '0')}`, random.pick(['grid_worker', 'patrol', 'office', 'hotline', 'public']), random.pick(CATEGORIES), random.chance(0.1) ? 'urgent' : 'normal',
      random.pick(gridIds), escalated ? 3 : 4, '基准地点', `第${i + 1}件事件`, stamp, stamp, '网格员', state, 0, overdue && state !== 'closed' && state !== 'refused',
      returned ? 1 : 0, reopened ? 1 : 0, escalated ? 1 : 0, acceptedAt, closedAt, followUp?.[0] ?? null, followUp?.[1] ?? null, stamp, stamp,
    ]);
  }
  return rows;
}
