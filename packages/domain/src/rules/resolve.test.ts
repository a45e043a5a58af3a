import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from './catalogue';
import { resolveRule, type RuleValueRecord } from './resolve';

const key = 'congress.sessions_per_year_min';
const other = 'presidium.meetings_per_quarter_min';
const records: RuleValueRecord[] = [
  { key, tenantId: null, value: 2, effectiveFrom: '2024-01-01' },
  { key, tenantId: null, value: 3, effectiveFrom: '2026-01-01' },
  { key, tenantId: 'wuhai', value: 1, effectiveFrom: '2025-07-01' },
];

describe('resolveRule', () => {
  it('falls back to the catalogue default', () => {
    expect(resolveRule(key, 'x', '2020-01-01', [])).toEqual({ key, value: 2, source: 'catalogue', effectiveFrom: null });
  });

  it('uses the county default effective on the day', () => {
    expect(resolveRule(key, 'other', '2025-06-30', records)).toEqual({ key, value: 2, source: 'county', effectiveFrom: '2024-01-01' });
    expect(resolveRule(key, 'other', '2026-01-01', records)).toEqual({ key, value: 3, source: 'county', effectiveFrom: '2026-01-01' });
  });

  it('prefers the township override once effective, and not before', () => {
    expect(resolveRule(key, 'wuhai', '2025-06-30', records)).toMatchObject({ value: 2, source: 'county' });
    expect(resolveRule(key, 'wuhai', '2025-07-01', records)).toEqual({ key, value: 1, source: 'township', effectiveFrom: '2025-07-01' });
    // A later county default does not override the township's own value.
    expect(resolveRule(key, 'wuhai', '2026-06-01', records)).toMatchObject({ value: 1, source: 'township' });
  });

  it('takes the latest value effective by the day, whatever order the records come in', () => {
    const shuffled: RuleValueRecord[] = [
      { key, tenantId: 't1', value: 5, effectiveFrom: '2025-03-01' },
      { key, tenantId: null, value: 7, effectiveFrom: '2026-01-01' },
      { key, tenantId: 't1', value: 4, effectiveFrom: '2024-01-01' },
      { key, tenantId: 't1', value: 6, effectiveFrom: '2025-09-01' },
      { key, tenantId: null, value: 8, effectiveFrom: '2023-01-01' },
      { key, tenantId: null, value: 9, effectiveFrom: '2025-01-01' },
    ];
    for (const order of [shuffled, [...shuffled].reverse()]) {
      expect(resolveRule(key, 't1', '2024-12-31', order)).toMatchObject({ value: 4, effectiveFrom: '2024-01-01' });
      expect(resolveRule(key, 't1', '2025-03-01', order)).toMatchObject({ value: 5, effectiveFrom: '2025-03-01' });
      expect(resolveRule(key, 't1', '2025-08-31', order)).toMatchObject({ value: 5, effectiveFrom: '2025-03-01' });
      expect(resolveRule(key, 't1', '2027-01-01', order)).toMatchObject({ value: 6, effectiveFrom: '2025-09-01' });
      expect(resolveRule(key, 't2', '2025-06-01', order)).toEqual({ key, value: 9, source: 'county', effectiveFrom: '2025-01-01' });
      expect(resolveRule(key, 't2', '2024-06-01', order)).toEqual({ key, value: 8, source: 'county', effectiveFrom: '2023-01-01' });
    }
  });

  it('reads only the records of the rule asked for and of the township asked for', () => {
    const mixed: RuleValueRecord[] = [
      { key: other, tenantId: 't1', value: 4, effectiveFrom: '2020-01-01' },
      { key: other, tenantId: null, value: 3, effectiveFrom: '2020-01-01' },
      { key, tenantId: 't2', value: 9, effectiveFrom: '2020-01-01' },
      { key, tenantId: null, value: 5, effectiveFrom: '2021-01-01' },
    ];
    expect(resolveRule(key, 't1', '2025-01-01', mixed)).toEqual({ key, value: 5, source: 'county', effectiveFrom: '2021-01-01' });
    expect(resolveRule(key, 't2', '2025-01-01', mixed)).toEqual({ key, value: 9, source: 'township', effectiveFrom: '2020-01-01' });
    expect(resolveRule(other, 't1', '2025-01-01', mixed)).toEqual({ key: other, value: 4, source: 'township', effectiveFrom: '2020-01-01' });
    expect(resolveRule(other, 't2', '2025-01-01', mixed)).toEqual({ key: other, value: 3, source: 'county', effectiveFrom: '2020-01-01' });
    expect(resolveRule(other, 't2', '2019-12-31', mixed)).toEqual({ key: other, value: 1, source: 'catalogue', effectiveFrom: null });
  });

  it('refuses an unknown key', () => {
    expect(() => resolveRule('nope', 'x', '2025-01-01', [])).toThrow('Unknown rule nope');
  });

  it('has catalogue defaults that pass their own schema', () => {
    for (const definition of RULE_CATALOGUE) {
      expect(definition.schema.safeParse(definition.defaultValue).success, definition.key).toBe(true);
    }
  });
});
