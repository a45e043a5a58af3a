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

export const appRouter = router({
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
});

export type AppRouter = typeof appRouter;
