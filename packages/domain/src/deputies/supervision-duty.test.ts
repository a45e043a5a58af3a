import { describe, expect, it } from 'vitest';
import { SUPERVISION_KINDS } from '../supervision/supervision';
import { DUTY_ACTIVITY_TYPES } from './activities';
import { checkDutyActivityLink, COUNTED_SUPERVISION_STATES, dutyActivityCounts, dutyActivityOfSupervision, DUTY_TYPE_OF_SUPERVISION, mergedDeputies } from './supervision-duty';

describe('DUTY_TYPE_OF_SUPERVISION', () => {
  it('counts every form of supervision as a duty type the points rule knows', () => {
    for (const kind of SUPERVISION_KINDS) expect(DUTY_ACTIVITY_TYPES).toContain(DUTY_TYPE_OF_SUPERVISION[kind]);
    expect(DUTY_TYPE_OF_SUPERVISION.inspection).toBe('inspection');
    expect(DUTY_TYPE_OF_SUPERVISION.survey).toBe('survey');
    expect(DUTY_TYPE_OF_SUPERVISION.law_enforcement_check).toBe('law_enforcement_check');
    expect(DUTY_TYPE_OF_SUPERVISION.work_report_hearing).toBe('special_supervision');
    expect(DUTY_TYPE_OF_SUPERVISION.department_appraisal).toBe('appraisal');
  });
});

describe('dutyActivityOfSupervision', () => {
  const base = { kind: 'inspection' as const, title: '视察敬老院', startDate: '2026-04-12', endDate: '2026-04-13', location: '中心敬老院' };

  it('records the deputies once each, the others by name, and the form as a duty type', () => {
    const duty = dutyActivityOfSupervision({
      ...base,
      participants: [
        { name: '张三', role: 'deputy', deputyId: 'd1' },
        { name: '李四', role: 'presidium', deputyId: 'd2' },
        { name: '张三', role: 'deputy', deputyId: 'd1' },
        { name: '刘洋', role: 'staff' },
        { name: ' 王芳 ', role: 'department', deputyId: null },
      ],
    });
    expect(duty).toEqual({ type: 'inspection', title: '视察敬老院', date: '2026-04-12', endDate: '2026-04-13', place: '中心敬老院', staffParticipants: '刘洋、王芳', participantIds: ['d1', 'd2'] });
  });

  it('makes none without deputies: no one earns a duty from it', () => {
    expect(dutyActivityOfSupervision({ ...base, participants: [{ name: '刘洋', role: 'staff' }] })).toBeNull();
    expect(dutyActivityOfSupervision({ ...base, participants: [] })).toBeNull();
  });

  it('maps a work-report hearing to special supervision and keeps to the ledger field limits', () => {
    const duty = dutyActivityOfSupervision({
      kind: 'work_report_hearing',
      title: '听'.repeat(120),
      startDate: '2026-08-12',
      location: null,
      participants: [{ name: '张三', role: 'deputy', deputyId: 'd1' }, ...Array.from({ length: 80 }, (_, i) => ({ name: `工作人员${i}`, role: 'staff' as const }))],
    })!;
    expect(duty.type).toBe('special_supervision');
    expect(duty.title).toHaveLength(100);
    expect(duty.endDate).toBeNull();
    expect(duty.place).toBeNull();
    expect(duty.staffParticipants!.length).toBe(200);
  });
});

describe('dutyActivityCounts', () => {
  it('counts the ledger’s own entries and a supervision activity’s once carried out, not a planned one', () => {
    expect(dutyActivityCounts(null)).toBe(true);
    expect(dutyActivityCounts('completed')).toBe(true);
    expect(dutyActivityCounts('planned')).toBe(false);
    expect(COUNTED_SUPERVISION_STATES).toEqual(['completed']);
  });
});

describe('checkDutyActivityLink', () => {
  it('links a ledger entry on one of the supervision activity’s days only', () => {
    expect(checkDutyActivityLink({ startDate: '2026-04-12', endDate: '2026-04-13' }, { date: '2026-04-12' })).toEqual([]);
    expect(checkDutyActivityLink({ startDate: '2026-04-12', endDate: '2026-04-13' }, { date: '2026-04-13' })).toEqual([]);
    expect(checkDutyActivityLink({ startDate: '2026-04-12' }, { date: '2026-04-12' })).toEqual([]);
    const [issue] = checkDutyActivityLink({ startDate: '2026-04-12', endDate: null }, { date: '2026-04-13' });
    expect(issue).toMatchObject({ path: ['dutyActivityId'], params: { zh: expect.stringContaining('不是同一活动') } });
    expect(checkDutyActivityLink({ startDate: '2026-04-12', endDate: '2026-04-13' }, { date: '2026-04-11' })).toHaveLength(1);
  });
});

describe('mergedDeputies', () => {
  it('gives each side the deputies only the other named', () => {
    expect(mergedDeputies(['a', 'b'], ['b', 'c'])).toEqual({ all: ['a', 'b', 'c'], addToDuty: ['a'], addToSupervision: ['c'] });
    expect(mergedDeputies([], [])).toEqual({ all: [], addToDuty: [], addToSupervision: [] });
  });
});
