import { router } from '../../trpc';
import { activitiesRouter, plansRouter } from './activities';
import { petitionsRouter } from './petitions';
import { rectificationsRouter } from './rectifications';

/** Supervision work of a township: plan, activities, rectification tasks, petitions. */
export const supervisionRouter = router({
  plans: plansRouter,
  activities: activitiesRouter,
  rectifications: rectificationsRouter,
  petitions: petitionsRouter,
});
