import { describe, expect, it } from 'vitest';
import { SUPERVISION_KINDS } from '../supervision/supervision';
import { DUTY_ACTIVITY_TYPES } from './activities';
import { DUTY_TYPE_OF_SUPERVISION } from './supervision-duty';

describe('DUTY_TYPE_OF_SUPERVISION', () => {
  it('counts every form of supervision as a duty type the points rule knows', () => {
    for (const kind of SUPERVISION_KINDS) expect(DUTY_ACTIVITY_TYPES).toContain(DUTY_TYPE_OF_SUPERVISION[kind]);
    expect(DUTY_TYPE_OF_SUPERVISION.work_report_hearing).toBe('special_supervision');
    expect(DUTY_TYPE_OF_SUPERVISION.department_appraisal).toBe('appraisal');
  });
});
