import type { inferProcedureBuilderResolverOptions } from '@trpc/server';
import type { authedProcedure, countyDeptProcedure, countyProcedure, platformProcedure, sessionProcedure } from '../../trpc';

/** What a platform procedure hands its handlers (the county's platform admin, in a platform-scoped transaction). */
export type PlatformCtx = inferProcedureBuilderResolverOptions<ReturnType<typeof platformProcedure>>['ctx'];

/** What a county procedure hands its handlers (the county standing committee, reading across townships). */
export type CountyCtx = inferProcedureBuilderResolverOptions<ReturnType<typeof countyProcedure>>['ctx'];

/** What a signed-in user's own procedure hands its handlers (notifications, saved filters): the township the app chose, if any. */
export type UserCtx = inferProcedureBuilderResolverOptions<typeof authedProcedure>['ctx'];

/** What a county department procedure hands its handlers (the department, the townships holding its items). */
export type DepartmentCtx = inferProcedureBuilderResolverOptions<ReturnType<typeof countyDeptProcedure>>['ctx'];

/** What a session procedure hands its handlers (the signed-in user, before any township is chosen). */
export type SessionCtx = inferProcedureBuilderResolverOptions<typeof sessionProcedure>['ctx'];
