import { router } from './trpc';
import { auditRouter } from './routers/audit';
import { countySettingsRouter } from './routers/county-settings';
import { handlingUnitsRouter } from './routers/handling-units';
import { usersRouter } from './routers/users';
import { countyRouter } from './routers/county';
import { gridsRouter } from './routers/grids';
import { meRouter } from './routers/me';
import { rulesRouter } from './routers/rules';
import { tenantsRouter } from './routers/tenants';
import { villagesRouter } from './routers/villages';
import { suggestionsRouter } from './routers/suggestions';
import { departmentSuggestionsRouter } from './routers/suggestions/department';
import { countySuggestionsRouter } from './routers/suggestions/county';
import { supervisionRouter } from './routers/supervision';
import { countyRectificationsRouter, departmentRectificationsRouter } from './routers/supervision/rectifications';
import { notificationsRouter } from './routers/notifications';
import { savedFiltersRouter } from './routers/saved-filters';
import { deputyRouters } from './routers/deputies';
import { attachmentsRouter } from './routers/attachments';
import { dashboardRouter } from './routers/dashboard/county';
import { townshipDashboardRouter } from './routers/dashboard/township';

export const appRouter = router({
  suggestions: suggestionsRouter,
  supervision: supervisionRouter,
  department: router({ suggestions: departmentSuggestionsRouter, rectifications: departmentRectificationsRouter }),
  countySupervision: router({ suggestions: countySuggestionsRouter, rectifications: countyRectificationsRouter }),
  notifications: notificationsRouter,
  savedFilters: savedFiltersRouter,
  me: meRouter,
  villages: villagesRouter,
  grids: gridsRouter,
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
  ...deputyRouters,
});

export type AppRouter = typeof appRouter;
