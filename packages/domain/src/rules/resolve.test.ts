import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from './catalogue';
import { resolveRule, type RuleValueRecord } from './resolve';

const key = 'congress.sessions_per_year_min';
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
    expect(resolveRule(key, 'other', '2025-06-30', records).value).toBe(2);
    expect(resolveRule(key, 'other', '2026-01-01', records).value).toBe(3);
  });

  it('prefers the township override once effective, and not before', () => {
    expect(resolveRule(key, 'wuhai', '2025-06-30', records)).toMatchObject({ value: 2, source: 'county' });
    expect(resolveRule(key, 'wuhai', '2025-07-01', records)).toMatchObject({ value: 1, source: 'township' });
  });

  it('refuses an unknown key', () => {
    expect(() => resolveRule('nope', 'x', '2025-01-01', [])).toThrow(/Unknown rule/);
  });

  it('has catalogue defaults that pass their own schema', () => {
    for (const definition of RULE_CATALOGUE) {
      expect(definition.schema.safeParse(definition.defaultValue).success, definition.key).toBe(true);
    }
  });
});
