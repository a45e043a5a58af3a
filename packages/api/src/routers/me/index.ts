import { router, sessionProcedure } from '../../trpc';
import { whoAmI } from './handlers';

export const meRouter = router({
  /**
   * The signed-in user, their roles per township, and the township the app works in; answered
   * even when that township is suspended (then without it), so the app can say so.
   */
  get: sessionProcedure.query(({ ctx }) => whoAmI(ctx)),
});
