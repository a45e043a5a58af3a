import type { BilingualMessage } from '../common/messages';
import { dateOf, type IsoDay } from '../time/days';
import { isLate } from './deadlines';
import type { TransitionRule } from './machine';

/** What the shared supervision steps read of an item. */
export interface SupervisedContext {
  isKey: boolean;
  overdue: boolean;
  /** The deadline in force, a county day. */
  dueOn: IsoDay | null;
}

export type SupervisionAction = 'extend' | 'mark_key' | 'unmark_key' | 'urge' | 'mark_overdue';

/** The shared steps' names (the extension is named by each workflow: its deadline differs). */
export const SUPERVISION_ACTION_LABELS = {
  mark_key: { zh: '列为重点督办', en: 'Mark key-supervised' },
  unmark_key: { zh: '取消重点督办', en: 'Remove key supervision' },
  urge: { zh: '督办催办', en: 'Urge' },
  mark_overdue: { zh: '逾期', en: 'Overdue' },
} as const satisfies Record<Exclude<SupervisionAction, 'extend'>, BilingualMessage>;

/** The actors every tracked item shares: the office, the county standing committee, the deadline sweep. */
export const TRACKING_ACTOR_LABELS = {
  office: { zh: '人大办', en: 'Liaison office' },
  county: { zh: '县人大常委会', en: 'County standing committee' },
  system: { zh: '系统', en: 'System' },
} as const satisfies Record<string, BilingualMessage>;

/**
 * The steps every tracked item shares, written once: a deadline extension by the office (with
 * its reason, kept apart in the on-time figures), key supervision on and off, urging, and the
 * deadline sweep's overdue mark (the day after the due day, in the county's days).
 */
export function supervisionRows<S extends string, R extends string, C extends SupervisedContext>(options: {
  /** States in which an item can be key-supervised. */
  live: readonly S[];
  /** States in which an item can be urged. */
  urgeable: readonly S[];
  /** States in which the deadline runs. */
  open: readonly S[];
  /** Who extends a deadline. */
  office: R;
  /** Who key-supervises and urges. */
  supervisors: readonly R[];
  system: R;
  overdueText: BilingualMessage;
}): TransitionRule<S, SupervisionAction, R, C>[] {
  const { live, urgeable, open, office, supervisors, system } = options;
  return [
    {
      action: 'extend',
      from: open,
      to: 'same',
      actors: [office],
      requires: ['dueOn', 'reason'],
      records: ['dueOn', 'reason'],
      when: ({ ctx }) => ctx.dueOn !== null,
      whenText: { zh: '尚无办理期限', en: 'there is no deadline yet' },
      derive: ({ ctx }) => ({ previousDueOn: ctx.dueOn }),
      effects: ({ record, clock }) => ({ dueOn: dateOf(String(record['dueOn'])), deadlineExtended: true, overdue: isLate(String(record['dueOn']), clock.today) }),
      notify: { kind: 'extended', to: ['units'] },
    },
    {
      action: 'mark_key',
      from: live,
      to: 'same',
      actors: supervisors,
      requires: [],
      records: ['note'],
      when: ({ ctx }) => !ctx.isKey,
      whenText: { zh: '已是重点督办件', en: 'already key-supervised' },
      effects: () => ({ isKey: true }),
    },
    {
      action: 'unmark_key',
      from: live,
      to: 'same',
      actors: supervisors,
      requires: [],
      records: ['note'],
      when: ({ ctx }) => ctx.isKey,
      whenText: { zh: '不是重点督办件', en: 'not key-supervised' },
      effects: () => ({ isKey: false }),
    },
    { action: 'urge', from: urgeable, to: 'same', actors: supervisors, requires: ['note'], records: ['note'], notify: { kind: 'urged', to: ['units'] } },
    {
      action: 'mark_overdue',
      from: open,
      to: 'same',
      actors: [system],
      requires: [],
      records: [],
      when: ({ ctx, clock }) => !ctx.overdue && isLate(ctx.dueOn, clock.today),
      whenText: options.overdueText,
      derive: ({ ctx }) => ({ dueOn: ctx.dueOn }),
      effects: ({ clock }) => ({ overdue: true, overdueSince: clock.now }),
      notify: { kind: 'overdue', to: ['units', 'office'] },
    },
  ];
}
