import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@pcs/api';
import { useTRPCClient } from '../trpc';

/**
 * Who organises the campaigns on this screen: the county (its campaigns over townships and
 * their grids) or the township (its campaigns over villages, grids, cadres, offices). The two
 * routers have the same shape; the server decides what each may see and do.
 */
export type AppraisalScope = 'county' | 'township';

export function useAppraisalApi(scope: AppraisalScope) {
  const client = useTRPCClient();
  return scope === 'county' ? client.countyAppraisal : client.appraisal;
}

type RouterOutputs = inferRouterOutputs<AppRouter>;

export type CampaignDetail = RouterOutputs['countyAppraisal']['campaigns']['get'];
export type CampaignItem = RouterOutputs['countyAppraisal']['campaigns']['list']['items'][number];
export type ScoreSheet = RouterOutputs['countyAppraisal']['scores']['sheet'];
export type SheetItem = ScoreSheet['areas'][number]['items'][number];
export type Ranking = RouterOutputs['countyAppraisal']['results']['ranking'];
export type DepartmentBoard = RouterOutputs['countyAppraisal']['results']['departments'];
export type TemplateItem = RouterOutputs['countyAppraisal']['templates']['list'][number];
export type MyAppraisal = RouterOutputs['appraisal']['mine']['list'][number];
export type MySheet = RouterOutputs['appraisal']['mine']['sheet'];
export type MyResult = RouterOutputs['appraisal']['mine']['result'];

/**
 * Who is appraised on the "my appraisals" screen: a township (its subjects are its rows) or a
 * county department's own users (its subject in the county home). Same shapes, two routers.
 */
export type AppraisedScope = 'township' | 'department';

export function useAppraisedApi(scope: AppraisedScope) {
  const client = useTRPCClient();
  return scope === 'department' ? client.countyDeptAppraisal.mine : client.appraisal.mine;
}

export const appraisalKeys = {
  all: ['appraisal'] as const,
  of: (scope: AppraisalScope | AppraisedScope, ...parts: unknown[]) => ['appraisal', scope, ...parts] as const,
};
