/**
 * Writes the figures the last test run measured (packages/api/test/lib/figures.ts) into the
 * README's reliability section, between its markers, so the README says what the suite proved
 * on its last full run rather than what someone typed. Called at the end of scripts/test-all.sh.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, '.data', 'reliability');
const readme = join(root, 'README.md');
const START = '<!-- reliability-figures:start -->';
const END = '<!-- reliability-figures:end -->';

type Figure = Record<string, unknown>;
const figures: Record<string, Figure> = {};
if (existsSync(dir)) for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) figures[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Figure;

const n = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value ?? '?'));
const json = (value: unknown) => JSON.stringify(value ?? {}).replace(/"/g, '');
const lines: string[] = [];
const { 'hostile-input': hostile, 'foreign-ids': foreign, 'suspended-township': suspended, 'archived-township': archived, 'concurrent-steps': concurrent, 'faults-restart': restart, 'faults-sweep': sweep, load } = figures;
if (hostile) lines.push(`- Hostile input: ${n(hostile.procedures)} procedures covered, ${n(hostile.inputsTried)} inputs tried, answers ${json(hostile.answers)}; ${n(hostile.refusedMutationsCheckedUnchanged)} mutations refused every time and checked to leave every row unchanged; ${n(hostile.failures)} failures.`);
if (foreign) lines.push(`- Another township's real IDs: ${n(foreign.procedures)} procedures (${n(foreign.procedureswithIdFields)} with ID fields) × ${n(foreign.tablesProbed)} tables' IDs, ${n(foreign.calls)} calls, each answered as an unknown ID is; ${n(foreign.foreignTablesChanged)} of the other township's tables changed; ${n(foreign.problems)} problems.`);
if (suspended && archived) lines.push(`- Suspended township: ${n(suspended.procedures)} procedures called, ${n(suspended.refusedWrongly)} answered wrongly, ${n(suspended.tablesChanged)} tables changed; archived: ${n(archived.mutations)} writes called, ${n(archived.refusedWrongly)} answered wrongly, ${n(archived.tablesChanged)} tables changed.`);
if (concurrent) lines.push(`- Concurrency: ${n(concurrent.callsPerRecord)} simultaneous steps on one record in each of ${n(concurrent.workflows)} workflows: ${json(concurrent.races)}.`);
if (restart) lines.push(`- PostgreSQL crash under write load: ${n(restart.writes)} writes, answers ${json(restart.answers)}, ready again ${n(restart.recoveredInMs)} ms after PostgreSQL was back (no API restart), ${n(restart.retried)} retried with their Idempotency-Key, ${n(restart.rows)} rows = writes (no loss, no duplicate).`);
if (sweep) lines.push(`- Deadline sweep cut off by the crash (${sweep.firstSweep}): resumed, ${n(sweep.notifications)} notifications in all, ${n(sweep.duplicates)} duplicates.`);
if (load) lines.push(`- Load: ${n(load.seconds)} s, ${n(load.connections)} connections, users of ${n(load.townships)} townships, ${n(load.requests)} requests (${n(load.throughputPerSecond)}/s; p50 ${n(load.p50Ms)} ms, p95 ${n(load.p95Ms)} ms, p99 ${n(load.p99Ms)} ms), statuses ${json(load.statuses)}, ${n(load.foreignRows)} foreign rows, ${n(load.acknowledgedWrites)} acknowledged writes = ${n(load.storedWrites)} rows.`);

const measured = Object.values(figures).map((f) => String(f.measuredAt ?? '')).sort().at(-1)?.slice(0, 10) ?? 'never';
const block = [START, `Measured by the last full run of \`npm test\` (${measured}) on ${process.env.PCS_MACHINE ?? 'the CI machine'}:`, '', ...(lines.length ? lines : ['- (no figures: run `npm test`)']), END].join('\n');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < 0) throw new Error(`README.md has no ${START} … ${END} section`);
writeFileSync(readme, text.slice(0, start) + block + text.slice(end + END.length));
console.log(block);
