import { dayOrNull, extensionRefusal, type Clock, type RectificationAction } from '@pcs/domain';
import type { Rectification, Tx } from '@pcs/db';
import { invalidField } from '../../errors';
import type { StepHooks } from '../../workflow/step-runner';
import { defaultDueOn } from './rectification-store';

export interface RectificationHookEnv {
  tx: Tx;
  tenantId: string;
  countyId: string;
  clock: Clock;
}

const PAST = { zh: '不能早于今天', en: 'cannot be in the past' };

/** What each rectification step does around the domain's decision: the unit's name, the new deadline and its checks. */
export function rectificationStepHooks(env: RectificationHookEnv, action: RectificationAction): StepHooks<Rectification> {
  const { tx, tenantId, countyId, clock } = env;
  switch (action) {
    case 'record_progress':
    case 'report':
      return { prepare: (row) => ({ unitName: row.unitName }) };
    case 'verify_reject':
      return {
        prepare: async (_row, payload) => {
          const dueOn = (payload['dueOn'] as string | undefined) ?? (await defaultDueOn(tx, countyId, tenantId, 'finding', clock.today));
          if (dueOn < clock.today) throw invalidField(['payload', 'dueOn'], PAST, dueOn);
          return { dueOn };
        },
      };
    case 'extend':
      return {
        prepare: (row, payload) => {
          const refusal = extensionRefusal(dayOrNull(row.dueOn), String(payload['dueOn']), clock.today);
          if (refusal) throw invalidField(['payload', 'dueOn'], refusal, payload['dueOn']);
          return {};
        },
      };
    default:
      return {};
  }
}
