import type { Db } from '@pcs/db';
import { loadDemoData } from '@pcs/db/seed';
import { loadAppraisalDemo } from './appraisal-demo';
import { loadBallotsDemo } from './ballots-demo';
import { loadWorkflowDemo } from './workflow-demo';
import { loadGridEventDemo } from './grid-events-demo';

/**
 * The whole demo county: the database package's base data (county, townships, users,
 * deputies), then the workflow items and the appraisal campaigns made through the API's services
 * and step runner.
 * A second run changes nothing.
 */
export async function loadDemo(db: Db): Promise<{ created: boolean }> {
  // The demo's history goes back about three years: its months get their partitions first
  // (rows of a month without one would land in the default partition).
  await db.$queryRaw`SELECT app_make_partitions((current_date - interval '4 years')::date, current_date)`;
  const result = await loadDemoData(db);
  if (result.created) {
    await loadWorkflowDemo(db);
    await loadAppraisalDemo(db);
    await loadBallotsDemo(db);
    await loadGridEventDemo(db);
  }
  return result;
}
