import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const figuresDir = join(new URL('../../../../', import.meta.url).pathname, '.data', 'reliability');

/**
 * Records a figure measured by this run (procedures covered, inputs tried, faults survived,
 * load held). scripts/reliability-report.ts writes them into the README's reliability section
 * after the suite, so the README states what the last full run measured, not what someone typed.
 */
export function recordFigure(name: string, figure: Record<string, unknown>): void {
  mkdirSync(figuresDir, { recursive: true });
  writeFileSync(join(figuresDir, `${name}.json`), `${JSON.stringify({ ...figure, measuredAt: new Date().toISOString() }, null, 2)}\n`);
}
