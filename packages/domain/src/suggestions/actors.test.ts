import { describe, expect, it } from 'vitest';
import { suggestionActorsOf, suggestionReplyDueRule } from './actors';

describe('the roles a viewer plays on a suggestion', () => {
  const assignments = [
    { role: 'lead' as const, handlingUnitId: 'u1', departmentId: null },
    { role: 'co' as const, handlingUnitId: 'u2', departmentId: null },
    { role: 'co' as const, handlingUnitId: null, departmentId: 'd1' },
  ];

  it('gives the office, the county and the sweep their own role whatever the assignments', () => {
    expect(suggestionActorsOf({ kind: 'office' }, [])).toEqual(['office']);
    expect(suggestionActorsOf({ kind: 'county' }, assignments)).toEqual(['county']);
    expect(suggestionActorsOf({ kind: 'system' }, assignments)).toEqual(['system']);
  });

  it('makes a unit lead or co-handler through its assignments in force, and nothing without one', () => {
    expect(suggestionActorsOf({ kind: 'units', handlingUnitIds: ['u1'] }, assignments)).toEqual(['lead_handler']);
    expect(suggestionActorsOf({ kind: 'units', handlingUnitIds: ['u2'] }, assignments)).toEqual(['co_handler']);
    expect(suggestionActorsOf({ kind: 'units', handlingUnitIds: ['u1', 'u2'] }, assignments)).toEqual(['lead_handler', 'co_handler']);
    expect(suggestionActorsOf({ kind: 'units', handlingUnitIds: ['u3'] }, assignments)).toEqual([]);
  });

  it('makes a county department a handler only of what is assigned to it', () => {
    expect(suggestionActorsOf({ kind: 'department', departmentId: 'd1' }, assignments)).toEqual(['co_handler']);
    expect(suggestionActorsOf({ kind: 'department', departmentId: 'd2' }, assignments)).toEqual([]);
  });

  it('reads the complex term for a complex suggestion and the standard term otherwise', () => {
    expect(suggestionReplyDueRule('complex')).toBe('suggestion.reply_due_complex_months');
    expect(suggestionReplyDueRule('standard')).toBe('suggestion.reply_due_standard_months');
  });
});
