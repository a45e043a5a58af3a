import { router } from './trpc';
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
});

export type AppRouter = typeof appRouter;
