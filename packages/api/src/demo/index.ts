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
  const result = await loadDemoData(db);
  if (result.created) {
    await loadWorkflowDemo(db);
    await loadAppraisalDemo(db);
    await loadBallotsDemo(db);
    await loadGridEventDemo(db);
  }
  return result;
}
