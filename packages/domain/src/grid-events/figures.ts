import type { Satisfaction } from '../suggestions/suggestion';
import { localDay } from '../time/clock';
import type { IsoDay } from '../time/days';

/**
 * The grid-event figures, computed from the history as of a stated moment, never from "now":
 * a step after the moment does not exist for them, so last month's figures never change when
 * recomputed. Each figure says what it counts over; a rate with nothing to count is null.
 */
export interface FigureStep {
  action: string;
  at: Date;
  data: Readonly<Record<string, unknown>>;
}
export interface FigureEvent {
  reportedAt: Date;
  steps: readonly FigureStep[];
  followUp: { at: Date; resolved: boolean; satisfaction: Satisfaction } | null;
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when there is nothing to count. */
  value: number | null;
}
const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

export interface Duration {
  /** How many events the average is over. */
  count: number;
  /** Mean hours; null when none. */
  meanHours: number | null;
}
const HOUR = 3_600_000;
const duration = (spans: number[]): Duration => ({ count: spans.length, meanHours: spans.length === 0 ? null : spans.reduce((a, b) => a + b, 0) / spans.length / HOUR });

/** The step that ends each stage, and on whose deadline it is judged. */
const STAGE_END = { accept: ['accept', 'refuse'], dispatch: ['dispatch'], handle: ['feedback'], verify: ['verify_pass', 'verify_fail'] } as const;
export type FigureStage = keyof typeof STAGE_END;

export interface GridEventFigures {
  asOf: string;
  reported: number;
  closed: number;
  timeToAccept: Duration;
  timeToDispatch: Duration;
  timeToHandle: Duration;
  timeToClose: Duration;
  /** Stages ended by their deadline, over stages ended that had one (no deadline: not counted). */
  onTime: Record<FigureStage, Rate>;
  /** Events marked overdue by then. */
  overdue: Rate;
  escalated: Rate;
  returned: Rate;
  reopened: Rate;
  /** Follow-ups answered satisfied (and basically satisfied, when the rule counts it) over follow-ups given. */
  satisfaction: Rate;
  /** Follow-ups saying the problem was resolved, over follow-ups given. */
  resolved: Rate;
}

export function gridEventFigures(events: readonly FigureEvent[], asOf: Date, timeZone: string, counted: 'satisfied_and_basically_satisfied' | 'satisfied_only' = 'satisfied_and_basically_satisfied'): GridEventFigures {
  const t = asOf.getTime();
  const known = events.filter((e) => e.reportedAt.getTime() <= t).map((e) => ({ ...e, steps: e.steps.filter((s) => s.at.getTime() <= t) }));
  const first = (steps: readonly FigureStep[], actions: readonly string[]) => steps.find((s) => actions.includes(s.action));
  const spans = (from: (e: (typeof known)[number]) => Date | undefined, to: (e: (typeof known)[number]) => Date | undefined) =>
    known.flatMap((e) => {
      const [a, b] = [from(e), to(e)];
      return a && b ? [b.getTime() - a.getTime()] : [];
    });
  const onTime = Object.fromEntries(
    (Object.keys(STAGE_END) as FigureStage[]).map((stage) => {
      const ends = known.flatMap((e) => e.steps.filter((s) => (STAGE_END[stage] as readonly string[]).includes(s.action) && typeof s.data['deadlineInForce'] === 'string'));
      const inTime = ends.filter((s) => localDay(s.at, timeZone) <= (s.data['deadlineInForce'] as IsoDay));
      return [stage, rate(inTime.length, ends.length)];
    }),
  ) as Record<FigureStage, Rate>;
  const having = (actions: readonly string[]) => rate(known.filter((e) => e.steps.some((s) => actions.includes(s.action))).length, known.length);
  const followUps = known.flatMap((e) => (e.followUp && e.followUp.at.getTime() <= t ? [e.followUp] : []));
  const satisfied = followUps.filter((f) => f.satisfaction === 'satisfied' || (counted === 'satisfied_and_basically_satisfied' && f.satisfaction === 'basically_satisfied'));
  return {
    asOf: asOf.toISOString(),
    reported: known.length,
    closed: known.filter((e) => {
      const last = [...e.steps].reverse().find((s) => ['verify_pass', 'reopen'].includes(s.action));
      return last?.action === 'verify_pass';
    }).length,
    timeToAccept: duration(spans((e) => e.reportedAt, (e) => first(e.steps, ['accept'])?.at)),
    timeToDispatch: duration(spans((e) => first(e.steps, ['accept'])?.at, (e) => first(e.steps, ['dispatch', 'escalate', 'auto_escalate'])?.at)),
    timeToHandle: duration(spans((e) => first(e.steps, ['dispatch', 'reassign'])?.at, (e) => first(e.steps, ['feedback'])?.at)),
    timeToClose: duration(spans((e) => e.reportedAt, (e) => first(e.steps, ['verify_pass'])?.at)),
    onTime,
    overdue: having(['mark_overdue']),
    escalated: having(['escalate', 'auto_escalate']),
    returned: having(['return']),
    reopened: having(['reopen']),
    satisfaction: rate(satisfied.length, followUps.length),
    resolved: rate(followUps.filter((f) => f.resolved).length, followUps.length),
  };
}
