import type { Db } from '@pcs/db';
import { loadDemoData } from '@pcs/db/seed';
import { loadWorkflowDemo } from './workflow-demo';
import { loadGridEventDemo } from './grid-events-demo';

/**
 * The whole demo county: the database package's base data (county, townships, users,
 * deputies), then the workflow items made through the API's services and step runner.
 * A second run changes nothing.
 */
export async function loadDemo(db: Db): Promise<{ created: boolean }> {
  const result = await loadDemoData(db);
  if (result.created) {
    await loadWorkflowDemo(db);
    await loadGridEventDemo(db);
  }
  return result;
}
