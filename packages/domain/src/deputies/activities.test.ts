import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDutyActivity, dutyActivityCreateSchema } from './activities';

const a = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
const b = '0d3e8a52-1f3b-4a8c-b2a6-4e8d8a1b2c3d';
const today = '2026-11-25';
const activity = { type: 'inspection', title: '视察农村公路', date: '2026-05-10', participantIds: [a, b] } as const;
const paths = (input: Parameters<typeof checkDutyActivity>[0]) => checkDutyActivity(input, today).map((i) => i.path.join('.'));

describe('duty activities', () => {
  afterEach(() => vi.useRealTimers());

  it('accepts a past or today activity ending on or after its start', () => {
    expect(paths({ ...activity, participantIds: [a, b] })).toEqual([]);
    expect(paths({ ...activity, date: today, endDate: today, participantIds: [] })).toEqual([]);
    expect(paths({ ...activity, endDate: '2026-05-11', participantIds: [a] })).toEqual([]);
  });

  it('refuses attendance or a group on a future activity, an end before the start and a deputy listed twice', () => {
    expect(paths({ ...activity, date: '2026-11-26', participantIds: [a] })).toEqual(['participantIds']);
    expect(paths({ ...activity, date: '2026-11-26', groupId: b, participantIds: [] })).toEqual(['groupId']);
    expect(paths({ ...activity, endDate: '2026-05-09', participantIds: [a] })).toEqual(['endDate']);
    expect(paths({ ...activity, participantIds: [a, b, a] })).toEqual(['participantIds']);
    expect(checkDutyActivity({ ...activity, participantIds: [a, a] }, today)[0]).toMatchObject({ code: 'custom', input: [a, a] });
  });

  it('takes a planned activity (after today) without deputies or group: deputies sign up for it', () => {
    expect(paths({ ...activity, date: '2026-12-01', participantIds: [] })).toEqual([]);
  });

  it('checks "not in the future" against the county day it is given, never the system clock', () => {
    const today = dutyActivityCreateSchema.parse({ type: 'survey', title: '调研', date: '2026-05-10' });
    expect(today).toMatchObject({ participantIds: [] });
    const tomorrow = dutyActivityCreateSchema.parse({ type: 'survey', title: '调研', date: '2026-05-11', participantIds: [a] });
    expect(checkDutyActivity(today, '2026-05-10')).toEqual([]);
    expect(checkDutyActivity(tomorrow, '2026-05-10').map((i) => i.path)).toEqual([['participantIds']]);
    expect(checkDutyActivity(tomorrow, null)).toEqual([]);
  });
});
