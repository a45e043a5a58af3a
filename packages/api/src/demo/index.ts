import type { Db } from '@pcs/db';
import { loadDemoData } from '@pcs/db/seed';
import { loadAppraisalDemo } from './appraisal-demo';
import { loadBallotsDemo, loadCountyHomeBallotsDemo } from './ballots-demo';
import { loadWorkflowDemo } from './workflow-demo';
import { loadGridEventDemo } from './grid-events-demo';

/**
 * The whole demo county: the database package's base data (county, townships, users,
 * deputies), then the workflow items and the appraisal campaigns made through the API's services
 * and step runner.
 * A second run changes nothing.
 */
export async function loadDemo(db: Db): Promise<{ created: boolean }> {
  // The last year's months get their partitions first, as a production database a year old has
  // them; older demo rows land in the default partition. Every partition is one more for the
  // planner of a query without the time column (a lookup by id): docs/decisions.md 61.13.
  await db.$queryRaw`SELECT app_make_partitions((current_date - interval '1 year')::date, current_date)`;
  const result = await loadDemoData(db);
  if (result.created) {
    await loadWorkflowDemo(db);
    await loadAppraisalDemo(db);
    await loadBallotsDemo(db);
    await loadCountyHomeBallotsDemo(db);
    await loadGridEventDemo(db);
  }
  return result;
}
