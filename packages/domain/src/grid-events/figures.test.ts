import { describe, expect, it } from 'vitest';
import { gridEventFigures, type FigureEvent } from './figures';

const at = (s: string) => new Date(`${s}+08:00`);
const TZ = 'Asia/Shanghai';

const events: FigureEvent[] = [
  {
    reportedAt: at('2026-10-05T09:00:00'),
    steps: [
      { action: 'accept', at: at('2026-10-05T11:00:00'), data: { deadlineInForce: '2026-10-05' } },
      { action: 'dispatch', at: at('2026-10-06T11:00:00'), data: { deadlineInForce: '2026-10-05' } },
      { action: 'feedback', at: at('2026-10-08T11:00:00'), data: { deadlineInForce: '2026-10-10' } },
      { action: 'verify_pass', at: at('2026-10-09T09:00:00'), data: { deadlineInForce: null } },
    ],
    followUp: { at: at('2026-10-12T10:00:00'), resolved: true, satisfaction: 'basically_satisfied' },
  },
  {
    reportedAt: at('2026-10-20T09:00:00'),
    steps: [
      { action: 'accept', at: at('2026-10-20T13:00:00'), data: {} },
      { action: 'mark_overdue', at: at('2026-10-25T00:10:00'), data: {} },
      { action: 'auto_escalate', at: at('2026-10-28T00:10:00'), data: {} },
      // After the end of October: not part of October's figures.
      { action: 'return', at: at('2026-11-03T10:00:00'), data: {} },
    ],
    followUp: null,
  },
];
const endOfOctober = at('2026-10-31T23:59:59');

describe('grid event figures as of a moment', () => {
  it('derives durations, on-time rates and counts from the history up to the moment', () => {
    const f = gridEventFigures(events, endOfOctober, TZ);
    expect(f).toMatchObject({ reported: 2, closed: 1 });
    expect(f.timeToAccept).toEqual({ count: 2, meanHours: 3 });
    expect(f.timeToClose).toEqual({ count: 1, meanHours: 96 });
    expect(f.onTime.accept).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(f.onTime.dispatch).toEqual({ numerator: 0, denominator: 1, value: 0 });
    expect(f.onTime.verify).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(f.overdue.value).toBe(0.5);
    expect(f.escalated.value).toBe(0.5);
    expect(f.returned.value).toBe(0);
    expect(f.satisfaction).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(gridEventFigures(events, endOfOctober, TZ, 'satisfied_only').satisfaction.value).toBe(0);
  });

  it('does not change when later steps and events are added', () => {
    const before = gridEventFigures(events, endOfOctober, TZ);
    const later: FigureEvent[] = [
      { ...events[0]!, steps: [...events[0]!.steps, { action: 'reopen', at: at('2026-11-10T09:00:00'), data: {} }] },
      events[1]!,
      { reportedAt: at('2026-11-02T09:00:00'), steps: [{ action: 'accept', at: at('2026-11-02T10:00:00'), data: {} }], followUp: null },
    ];
    expect(gridEventFigures(later, endOfOctober, TZ)).toEqual(before);
    expect(gridEventFigures(later, at('2026-11-30T00:00:00'), TZ)).toMatchObject({ reported: 3, closed: 0, returned: { numerator: 1 }, reopened: { numerator: 1 } });
  });

  it('gives null, not zero, when there is nothing to count', () => {
    const f = gridEventFigures([], endOfOctober, TZ);
    expect(f.timeToAccept).toEqual({ count: 0, meanHours: null });
    expect(f.satisfaction.value).toBeNull();
    expect(f.overdue.value).toBeNull();
  });
});
