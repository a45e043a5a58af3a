import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@pcs/api';
import { useTRPCClient } from '../trpc';

/**
 * Who holds the democratic evaluation on this screen: the township's office (its own campaigns;
 * it only reads the county's held there, decision 79), the county's on-site check team (the
 * county's campaigns, in an appraised township), or the standing committee in the county home (a
 * county department's evaluation, `countyHome`). The three routers answer `get`, `issueCodes`,
 * `cancelCode`, `tally`, `close` and the member procedures alike (one set of handlers over two
 * homes); the server decides what each may do.
 */
export type BallotScope = 'county' | 'township' | 'countyHome';

export function useBallotsApi(scope: BallotScope) {
  const client = useTRPCClient();
  return scope === 'county' ? client.countyBallots : scope === 'countyHome' ? client.countyHomeBallots : client.ballots;
}

type RouterOutputs = inferRouterOutputs<AppRouter>;

export type EvaluationDetail = RouterOutputs['ballots']['get'];
export type EvaluationGroupRow = EvaluationDetail['groups'][number];
export type EvaluationTally = RouterOutputs['ballots']['tally'];
export type SetupGroup = RouterOutputs['ballots']['campaigns'][number]['groups'][number];

export const ballotKeys = {
  all: ['ballots-held'] as const,
  of: (scope: BallotScope, ...parts: unknown[]) => ['ballots-held', scope, ...parts] as const,
};

/** Where evaluators vote: the township app's public page, no sign-in (`origin` is the township app's; `publicPath` the evaluation's, from the API). */
export const ballotLink = (origin: string, publicPath: string) => `${origin}/ballot/${publicPath}`;
