import { dutyActivitiesRouter } from './activities';
import { congressBooksRouter } from './books';
import { countyDeputiesRouter } from './county';
import { deputyContactsRouter, receptionsRouter } from './contacts';
import { liaisonOfficeRouter } from './dashboard';
import { deputiesRouter } from './deputies';
import { congressMeetingsRouter } from './meetings';
import { deputyGroupsRouter, liaisonStationsRouter } from './organisation';
import { dutyProfilesRouter, dutyReviewsRouter } from './profiles';
import { congressDocumentsRouter, deputyDeedsRouter } from './records';

/** The deputies area's routers, spread into the app router (root.ts). */
export const deputyRouters = {
  deputies: deputiesRouter,
  deputyGroups: deputyGroupsRouter,
  liaisonStations: liaisonStationsRouter,
  congressMeetings: congressMeetingsRouter,
  dutyActivities: dutyActivitiesRouter,
  dutyProfiles: dutyProfilesRouter,
  dutyReviews: dutyReviewsRouter,
  deputyContacts: deputyContactsRouter,
  receptions: receptionsRouter,
  congressDocuments: congressDocumentsRouter,
  deputyDeeds: deputyDeedsRouter,
  congressBooks: congressBooksRouter,
  liaisonOffice: liaisonOfficeRouter,
  countyDeputies: countyDeputiesRouter,
};
