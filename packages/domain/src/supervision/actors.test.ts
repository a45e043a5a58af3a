import { describe, expect, it } from 'vitest';
import { rectificationActorsOf, rectificationDueRule } from './actors';

describe('the roles a viewer plays on a rectification task', () => {
  const unitTask = { handlingUnitId: 'u1', departmentId: null };
  const departmentTask = { handlingUnitId: null, departmentId: 'd1' };

  it('gives the office, the county and the sweep their own role', () => {
    expect(rectificationActorsOf({ kind: 'office' }, unitTask)).toEqual(['office']);
    expect(rectificationActorsOf({ kind: 'county' }, unitTask)).toEqual(['county']);
    expect(rectificationActorsOf({ kind: 'system' }, unitTask)).toEqual(['system']);
  });

  it('makes the responsible unit or department the handler, and nobody else', () => {
    expect(rectificationActorsOf({ kind: 'units', handlingUnitIds: ['u1', 'u2'] }, unitTask)).toEqual(['handler']);
    expect(rectificationActorsOf({ kind: 'units', handlingUnitIds: ['u2'] }, unitTask)).toEqual([]);
    expect(rectificationActorsOf({ kind: 'units', handlingUnitIds: ['u1'] }, departmentTask)).toEqual([]);
    expect(rectificationActorsOf({ kind: 'department', departmentId: 'd1' }, departmentTask)).toEqual(['handler']);
    expect(rectificationActorsOf({ kind: 'department', departmentId: 'd2' }, departmentTask)).toEqual([]);
  });

  it('reads the deadline rule of where the task comes from', () => {
    expect(rectificationDueRule('finding')).toBe('supervision.rectification_due_days');
    expect(rectificationDueRule('deliberation_opinion')).toBe('supervision.deliberation_reply_days');
    expect(rectificationDueRule('petition')).toBe('supervision.petition_due_days');
  });
});
