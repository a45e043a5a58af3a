import { describe, expect, it } from 'vitest';
import { scoreItem, vetoFailed } from './item-rules';
import type { ItemRule } from './rule-set';

const item = (rule: ItemRule, max = 10) => ({ name: 'x', max, rule });

describe('item scoring rules', () => {
  it('points up to the maximum (the cap); above it is refused naming the field', () => {
    expect(scoreItem(item({ kind: 'points' }), { kind: 'points', points: 7.5 })).toEqual({ ok: true, points: 7.5 });
    expect(scoreItem(item({ kind: 'points' }), { kind: 'points', points: 10 })).toEqual({ ok: true, points: 10 });
    const refused = scoreItem(item({ kind: 'points' }), { kind: 'points', points: 10.5 });
    expect(refused).toMatchObject({ ok: false, field: 'input.points' });
  });

  it('deduction per occurrence, down to the floor', () => {
    const rule: ItemRule = { kind: 'deduction', perOccurrence: 1.5, floor: 2 };
    expect(scoreItem(item(rule), { kind: 'deduction', occurrences: 0 })).toEqual({ ok: true, points: 10 });
    expect(scoreItem(item(rule), { kind: 'deduction', occurrences: 3 })).toEqual({ ok: true, points: 5.5 }); // 10 − 4.5
    expect(scoreItem(item(rule), { kind: 'deduction', occurrences: 9 })).toEqual({ ok: true, points: 2 }); // 10 − 13.5 < floor 2
  });

  it('pass / fail, and a failed veto item', () => {
    const rule: ItemRule = { kind: 'pass_fail', failPoints: 1, veto: true };
    expect(scoreItem(item(rule), { kind: 'pass_fail', passed: true })).toEqual({ ok: true, points: 10 });
    expect(scoreItem(item(rule), { kind: 'pass_fail', passed: false })).toEqual({ ok: true, points: 1 });
    expect(vetoFailed(item(rule), { kind: 'pass_fail', passed: false })).toBe(true);
    expect(vetoFailed(item(rule), { kind: 'pass_fail', passed: true })).toBe(false);
    expect(vetoFailed(item({ kind: 'pass_fail', failPoints: 0, veto: false }), { kind: 'pass_fail', passed: false })).toBe(false);
  });

  it('graded choice; an unknown choice is refused', () => {
    const rule: ItemRule = { kind: 'graded', options: [{ key: 'a', label: '好', points: 10 }, { key: 'b', label: '一般', points: 6 }] };
    expect(scoreItem(item(rule), { kind: 'graded', option: 'b' })).toEqual({ ok: true, points: 6 });
    expect(scoreItem(item(rule), { kind: 'graded', option: 'z' })).toMatchObject({ ok: false, field: 'input.option' });
  });

  it('linear between thresholds, both directions, clamped', () => {
    const up: ItemRule = { kind: 'linear', from: 60, to: 100 };
    expect(scoreItem(item(up), { kind: 'linear', value: 80 })).toEqual({ ok: true, points: 5 }); // (80−60)/40 × 10
    expect(scoreItem(item(up), { kind: 'linear', value: 50 })).toEqual({ ok: true, points: 0 });
    expect(scoreItem(item(up), { kind: 'linear', value: 120 })).toEqual({ ok: true, points: 10 });
    const down: ItemRule = { kind: 'linear', from: 30, to: 10 }; // days to close: fewer is better
    expect(scoreItem(item(down), { kind: 'linear', value: 15 })).toEqual({ ok: true, points: 7.5 }); // (15−30)/(10−30) = 0.75
  });

  it('rank points: 1st–5th get 60/57/54/51/48, later ranks the stated points', () => {
    const rule: ItemRule = { kind: 'rank', points: [60, 57, 54, 51, 48], beyond: 45 };
    expect([1, 2, 3, 4, 5, 6, 30].map((rank) => scoreItem(item(rule, 60), { kind: 'rank', rank }))).toEqual([60, 57, 54, 51, 48, 45, 45].map((points) => ({ ok: true, points })));
  });

  it('bonus per unit with a cap', () => {
    const rule: ItemRule = { kind: 'bonus', perUnit: 0.5, cap: 2 };
    expect(scoreItem(item(rule, 2), { kind: 'bonus', units: 3 })).toEqual({ ok: true, points: 1.5 });
    expect(scoreItem(item(rule, 2), { kind: 'bonus', units: 9 })).toEqual({ ok: true, points: 2 });
  });

  it("refuses another rule's entry", () => {
    expect(scoreItem(item({ kind: 'points' }), { kind: 'pass_fail', passed: true })).toMatchObject({ ok: false, field: 'input.kind' });
  });
});
