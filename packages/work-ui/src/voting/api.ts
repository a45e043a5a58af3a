import { useTRPCClient } from '../trpc';

/**
 * Whose 我的测评: a township user's (`myBallots`, the township app) or a county department's
 * user's (`countyDeptAppraisal.ballots`, the admin app, decision 79). Both answer `list`, `get`
 * and `cast` alike (one set of handlers over two homes).
 */
export type VoterScope = 'township' | 'department';

export function useVoterApi(scope: VoterScope) {
  const client = useTRPCClient();
  return scope === 'department' ? client.countyDeptAppraisal.ballots : client.myBallots;
}

export const voterKeys = {
  all: ['my-ballots'] as const,
  of: (scope: VoterScope, ...parts: unknown[]) => ['my-ballots', scope, ...parts] as const,
};
