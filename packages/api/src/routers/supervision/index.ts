import { router } from '../../trpc';
import { activitiesRouter, plansRouter } from './activities';
import { petitionsRouter } from './petitions';
import { countyRectificationsRouter, departmentRectificationsRouter, rectificationsRouter } from './rectifications';

/** Supervision work of a township: plan, activities, rectification tasks, petitions. */
export const supervisionRouter = router({
  plans: plansRouter,
  activities: activitiesRouter,
  rectifications: rectificationsRouter,
  petitions: petitionsRouter,
});

/** Rectification tasks seen across townships: a county department's, and the county standing committee's. */
export { countyRectificationsRouter, departmentRectificationsRouter };
