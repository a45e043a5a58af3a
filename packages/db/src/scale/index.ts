import pg from 'pg';
import { addDays } from '@pcs/domain';
import { copyCongressScale } from './congress';
import { copyRows } from './copy';
import { copyGridRows, gridScaleRows, type GridScaleRows } from './grid';
import { seededRandom } from './random';

/** Grid events loaded per COPY: many small townships share one, a large one has its own. */
const GRID_EVENTS_PER_COPY = 100_000;

export interface ScaleOptions {
  /** The county the townships join (the demo county in the benchmark). */
  countyId: string;
  townships: number;
  deputies: number;
  suggestions: number;
  /** Duty records: deputies' participations in duty activities. */
  dutyRecords: number;
  /** Grid events, each with its whole transition history. */
  gridEvents: number;
  /** Days of history, ending on `lastDay`. */
  years: number;
  lastDay: string;
  seed?: number;
  /** Province mode: the townships are spread over these counties in turn (default: all in `countyId`). */
  countyIds?: string[];
  /** Deputies, meetings, duty records and suggestions per township (default true). */
  congress?: boolean;
  /** Level-4 grids per township (default 20) and patrols per grid and week (default 1). */
  gridsPerTownship?: number;
  patrolsPerGridWeek?: number;
}

export const DEFAULT_SCALE = { townships: 30, deputies: 30_000, suggestions: 100_000, dutyRecords: 300_000, gridEvents: 1_000_000, years: 3 } as const;

export interface ScaleResult {
  tenantIds: string[];
  rows: Record<string, number>;
  seconds: number;
}

/**
 * Scale data for benchmarks, loaded with COPY: townships of one county, each with deputies,
 * meetings, duty records and suggestions with their histories over the given years. Runs as a
 * superuser on the target database with triggers off (`session_replication_role = replica`),
 * as a bulk load does: the indicator value table is then filled by its own refresh, whose time
 * the benchmark reports. Deterministic for a seed.
 */
export async function generateScaleData(superuserUrl: string, options: ScaleOptions, log: (line: string) => void = () => {}): Promise<ScaleResult> {
  const started = Date.now();
  const random = seededRandom(options.seed ?? 20261127);
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  const rows: Record<string, number> = {};
  const add = (counts: Record<string, number>) => {
    for (const [table, n] of Object.entries(counts)) rows[table] = (rows[table] ?? 0) + n;
  };
  try {
    await client.query(`SET session_replication_role = replica`);
    const tenantIds = Array.from({ length: options.townships }, () => random.uuid());
    add({
      Tenant: await copyRows(
        client,
        'Tenant',
        ['id', 'countyId', 'code', 'name', 'kind', 'status', 'version', 'createdAt', 'updatedAt'],
        tenantIds.map((id, i) => [id, options.countyIds ? options.countyIds[i % options.countyIds.length]! : options.countyId, `scale${String(i + 1).padStart(3, '0')}`, `基准镇${String(i + 1).padStart(3, '0')}`, 'town', 'active', 0, 'now()', 'now()']),
      ),
    });
    const firstDay = `${Number(options.lastDay.slice(0, 4)) - options.years + 1}-01-01`;
    // The months of the history get their partitions first (grid events, their steps, the audit log).
    await client.query('SELECT app_make_partitions($1::date, $2::date)', [firstDay, options.lastDay]);
    const eventsPerTownship = Math.round(options.gridEvents / options.townships);
    /** Townships' grid rows made and not loaded yet: loaded together, about 100,000 events a COPY. */
    const pendingGrid: GridScaleRows[] = [];
    for (const [i, tenantId] of tenantIds.entries()) {
      if (options.congress !== false) add(
        await copyCongressScale(
          client,
          tenantId,
          {
            deputiesPerTownship: Math.round(options.deputies / options.townships),
            suggestionsPerTownship: Math.round(options.suggestions / options.townships),
            dutyRecordsPerTownship: Math.round(options.dutyRecords / options.townships),
            firstDay,
            lastDay: addDays(options.lastDay, -1),
          },
          random,
        ),
      );
      if (options.gridEvents > 0) {
        pendingGrid.push(gridScaleRows(tenantId, { grids: options.gridsPerTownship ?? 20, events: eventsPerTownship, patrolsPerGridWeek: options.patrolsPerGridWeek ?? 1, firstDay, lastDay: addDays(options.lastDay, -1) }, random));
        if (pendingGrid.length * eventsPerTownship >= GRID_EVENTS_PER_COPY || i + 1 === options.townships) add(await copyGridRows(client, pendingGrid.splice(0)));
      }
      if ((i + 1) % Math.max(1, Math.round(options.townships / 20)) === 0 || i + 1 === options.townships) log(`township ${i + 1}/${options.townships} loaded`);
    }
    await client.query(`SET session_replication_role = DEFAULT`);
    await client.query('ANALYZE');
    return { tenantIds, rows, seconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

export { copyRows };
