import { router } from './trpc';
import { appraisalRouter, countyAppraisalRouter, countyDeptAppraisalRouter } from './routers/appraisal';
import { attachmentsRouter, departmentAttachmentsRouter } from './routers/attachments';
import { auditRouter } from './routers/audit';
import { ballotsRouter, countyBallotsRouter, countyHomeBallotsRouter, myBallotsRouter } from './routers/ballots';
import { countyRouter } from './routers/county';
import { dashboardRouter, townshipDashboardRouter } from './routers/dashboard';
import { countySettingsRouter } from './routers/county-settings';
import {
  congressBooksRouter,
  congressDocumentsRouter,
  congressMeetingsRouter,
  countyDeputiesRouter,
  deputiesRouter,
  deputyContactsRouter,
  deputyDeedsRouter,
  deputyGroupsRouter,
  dutyActivitiesRouter,
  dutyProfilesRouter,
  dutyReviewsRouter,
  dutyReportsRouter,
  liaisonOfficeRouter,
  liaisonStationsRouter,
  receptionsRouter,
} from './routers/deputies';
import { gridGuaranteesRouter } from './routers/grid-guarantees';
import { gridsRouter } from './routers/grids';
import { countyGridEventsRouter, departmentGridEventsRouter, gridEventsRouter } from './routers/grid-events';
import { ledgersRouter } from './routers/ledgers';
import { patrolsRouter } from './routers/patrols';
import { handlingUnitsRouter } from './routers/handling-units';
import { meRouter } from './routers/me';
import { notificationsRouter } from './routers/notifications';
import { rulesRouter } from './routers/rules';
import { savedFiltersRouter } from './routers/saved-filters';
import { countySuggestionsRouter, departmentSuggestionsRouter, suggestionsRouter } from './routers/suggestions';
import { countyRectificationsRouter, departmentRectificationsRouter, supervisionRouter } from './routers/supervision';
import { tenantsRouter } from './routers/tenants';
import { usersRouter } from './routers/users';
import { villagesRouter } from './routers/villages';
import { deputyWorkspaceRouter } from './routers/deputy-workspace';

/**
 * The API: every top-level path, each from its area's `routers/<area>/index.ts`, by name. The
 * deputies area serves several top-level paths (deputies, deputyGroups, …, countyDeputies), each
 * registered here; the paths are the API and do not change.
 */
export const appRouter = router({
  suggestions: suggestionsRouter,
  supervision: supervisionRouter,
  department: router({ suggestions: departmentSuggestionsRouter, rectifications: departmentRectificationsRouter, gridEvents: departmentGridEventsRouter, attachments: departmentAttachmentsRouter }),
  gridEvents: gridEventsRouter,
  countyGridEvents: countyGridEventsRouter,
  countySupervision: router({ suggestions: countySuggestionsRouter, rectifications: countyRectificationsRouter }),
  notifications: notificationsRouter,
  savedFilters: savedFiltersRouter,
  me: meRouter,
  villages: villagesRouter,
  grids: gridsRouter,
  ledgers: ledgersRouter,
  patrols: patrolsRouter,
  gridGuarantees: gridGuaranteesRouter,
  rules: rulesRouter,
  county: countyRouter,
  tenants: tenantsRouter,
  users: usersRouter,
  handlingUnits: handlingUnitsRouter,
  audit: auditRouter,
  countySettings: countySettingsRouter,
  attachments: attachmentsRouter,
  dashboard: dashboardRouter,
  townshipDashboard: townshipDashboardRouter,
  deputies: deputiesRouter,
  deputyWorkspace: deputyWorkspaceRouter,
  deputyGroups: deputyGroupsRouter,
  liaisonStations: liaisonStationsRouter,
  congressMeetings: congressMeetingsRouter,
  dutyActivities: dutyActivitiesRouter,
  dutyProfiles: dutyProfilesRouter,
  dutyReviews: dutyReviewsRouter,
  dutyReports: dutyReportsRouter,
  deputyContacts: deputyContactsRouter,
  receptions: receptionsRouter,
  congressDocuments: congressDocumentsRouter,
  deputyDeeds: deputyDeedsRouter,
  congressBooks: congressBooksRouter,
  liaisonOffice: liaisonOfficeRouter,
  countyDeputies: countyDeputiesRouter,
  appraisal: appraisalRouter,
  countyAppraisal: countyAppraisalRouter,
  countyDeptAppraisal: countyDeptAppraisalRouter,
  ballots: ballotsRouter,
  myBallots: myBallotsRouter,
  countyBallots: countyBallotsRouter,
  countyHomeBallots: countyHomeBallotsRouter,
});

export type AppRouter = typeof appRouter;
