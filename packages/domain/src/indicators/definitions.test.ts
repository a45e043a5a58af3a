import { describe, expect, it } from 'vitest';
import { findRule } from '../rules/catalogue';
import { compileCounts, compileRecords } from './compile';
import { INDICATOR_DEFINITIONS, PENDING_INDICATORS, appliesToKind, findIndicator, isDurationUnit, sourcesOf } from './definitions';
import { explainIndicator } from './explain';
import { ruleRequirement } from './requirement';

const T = '00000000-0000-4000-8000-000000000001';

describe('indicator definitions', () => {
  it('has unique ids, a denominator for every rate, declared rules, grid and appraisal indicators computed', () => {
    const ids = [...INDICATOR_DEFINITIONS, ...PENDING_INDICATORS].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of INDICATOR_DEFINITIONS) {
      if (isDurationUnit(indicator.unit)) {
        // A duration times its numerator's records: their hours, no denominator.
        expect(indicator.hours, indicator.id).toBeTruthy();
        expect(indicator.denominator, indicator.id).toBeNull();
      } else if (indicator.unit !== 'count') expect(indicator.denominator, indicator.id).not.toBeNull();
      if (!isDurationUnit(indicator.unit)) expect(indicator.hours, indicator.id).toBeUndefined();
      for (const param of indicator.params) expect(findRule(param.ruleKey), param.ruleKey).toBeDefined();
      if (indicator.requirement) expect(findRule(indicator.requirement.ruleKey)).toBeDefined();
      expect(sourcesOf(indicator)).toContain(indicator.numerator.source);
    }
    expect(INDICATOR_DEFINITIONS.some((i) => i.area === 'grid')).toBe(true);
    // Appraisal results are computed: scores and ranks as measures summed over the result rows, a mean per result.
    const appraisal = INDICATOR_DEFINITIONS.filter((i) => i.area === 'appraisal');
    expect(appraisal.map((i) => i.id)).toEqual(['appraisal_township_score', 'appraisal_township_rank', 'appraisal_township_top_grade', 'appraisal_grid_score']);
    for (const indicator of appraisal) {
      expect(sourcesOf(indicator), indicator.id).toEqual(['AppraisalResult']);
      expect(indicator.numerator.where.join(' '), indicator.id).toContain(`c.state IN ('published', 'archived')`);
      expect(indicator.numerator.where.join(' '), indicator.id).toContain('r.version = c."resultVersion"');
      expect(indicator.numerator.where.join(' '), indicator.id).toContain('c."ownerTenantId" IS NULL');
    }
    expect(PENDING_INDICATORS).toEqual([]);
  });

  it('sums a measure where a record set has one, counts records otherwise; the drill-down lists the records alike', () => {
    const score = findIndicator('appraisal_township_score')!;
    const query = compileCounts(score, 'Asia/Shanghai', [{ tenantId: T, start: '2026-01-01', end: '2026-12-31', params: {} }]);
    expect(query.sql).toContain('SELECT coalesce(sum(round(r.total * 100)), 0) FROM');
    expect(query.sql).toContain('SELECT count(*) FROM');
    const records = compileRecords(score, 'numerator', 'Asia/Shanghai', { tenantId: T, start: '2026-01-01', end: '2026-12-31', params: {} }, null, 10);
    expect(records.sql).not.toContain('sum(');
    expect(explainIndicator(score).zh.join('')).toContain('平均分');
    expect(explainIndicator(findIndicator('appraisal_township_rank')!).en.join('')).toContain('mean rank');
  });

  it('covers the indicators the issue names', () => {
    for (const id of ['sessions_held', 'presidium_meetings_held', 'deputy_attendance_rate', 'deputy_suggestion_rate', 'duty_report_coverage', 'deputies_without_activity_share', 'group_activities', 'citizen_contact_coverage', 'presidium_contact_coverage', 'suggestions_received', 'suggestion_on_time_reply_rate', 'suggestion_satisfaction_rate', 'suggestion_solved_share', 'suggestion_rehandled_share', 'supervision_activities', 'supervision_activities_inspection', 'rectification_closure_rate', 'rectification_on_time_rate']) {
      expect(findIndicator(id), id).toBeDefined();
    }
  });

  it('times every stage of a grid event by its median and 90th percentile, and counts acceptances and closes', () => {
    for (const stage of ['accept', 'dispatch', 'handle', 'close']) {
      expect(findIndicator(`grid_${stage}_hours_median`)?.unit, stage).toBe('median_hours');
      expect(findIndicator(`grid_${stage}_hours_p90`)?.unit, stage).toBe('p90_hours');
    }
    expect(findIndicator('grid_events_accepted')?.unit).toBe('count');
    expect(findIndicator('grid_events_closed')?.unit).toBe('count');
  });

  it('compiles a duration indicator to its records counted per band of hours', () => {
    const query = compileCounts(findIndicator('grid_close_hours_median')!, 'Asia/Shanghai', [{ tenantId: T, start: '2026-01-01', end: '2026-01-31', params: {} }]);
    expect(query.sql).toContain('width_bucket(');
    expect(query.sql).toContain('AS histogram');
    // Its records are counted once: the numerator is the sum of the bands.
    expect(query.sql.match(/count\(\*\)/g)).toHaveLength(1);
    expect(query.sql).toContain('unnest(d.histogram)');
    expect(compileCounts(findIndicator('suggestions_received')!, 'Asia/Shanghai', [{ tenantId: T, start: '2026-01-01', end: '2026-01-31', params: {} }]).sql).toContain('NULL::int[] AS histogram');
  });

  it('keeps congress indicators away from sub-districts', () => {
    expect(appliesToKind(findIndicator('sessions_held')!, 'subdistrict')).toBe(false);
    expect(appliesToKind(findIndicator('sessions_held')!, 'town')).toBe(true);
    expect(appliesToKind(findIndicator('suggestion_on_time_reply_rate')!, 'subdistrict')).toBe(true);
  });

  it('compiles to SQL with every value bound, never spliced', () => {
    const indicator = findIndicator('citizen_contact_coverage')!;
    const query = compileCounts(indicator, 'Asia/Shanghai', [
      { tenantId: T, start: '2026-01-01', end: '2026-01-31', params: { citizens_min: 3, citizens_min_higher: 5 } },
      { tenantId: T, start: '2026-02-01', end: '2026-02-28', params: { citizens_min: 4, citizens_min_higher: 5 } },
    ]);
    expect(query.values).toEqual(['Asia/Shanghai', [T, T], ['2026-01-01', '2026-02-01'], ['2026-01-31', '2026-02-28'], [3, 4], [5, 5]]);
    expect(query.sql).toContain('unnest($2::uuid[], $3::date[], $4::date[], $5::int[], $6::int[])');
    expect(query.sql).toContain('r."tenantId" = q.tenant_id');
    expect(query.sql).not.toMatch(/\{(tenant|start|end|tz|param\.[a-z_]+)\}/);
    expect(query.sql).not.toContain(T);
  });

  it('compiles the drill-down with a keyset cursor and a limit', () => {
    const indicator = findIndicator('suggestion_satisfaction_rate')!;
    const first = compileRecords(indicator, 'numerator', 'Asia/Shanghai', { tenantId: T, start: '2026-01-01', end: '2026-12-31', params: { satisfaction_counted: 'satisfied_only' } }, null, 51);
    expect(first.values).toEqual(['Asia/Shanghai', T, '2026-01-01', '2026-12-31', 'satisfied_only', 51]);
    expect(first.sql).not.toContain('> (');
    const next = compileRecords(indicator, 'denominator', 'Asia/Shanghai', { tenantId: T, start: '2026-01-01', end: '2026-12-31', params: { satisfaction_counted: 'satisfied_only' } }, { day: '2026-03-01', key: 'abc' }, 51);
    expect(next.values.slice(-3)).toEqual(['2026-03-01', 'abc', 51]);
    expect(next.sql).toContain('> ($6::date, $7::text)');
    expect(() => compileRecords(findIndicator('sessions_held')!, 'denominator', 'Asia/Shanghai', { tenantId: T, start: '2026-01-01', end: '2026-12-31', params: {} }, null, 10)).toThrow();
  });

  it('explains every indicator from its definition, in both languages', () => {
    for (const indicator of INDICATOR_DEFINITIONS) {
      const text = explainIndicator(indicator);
      expect(text.zh.join('')).toContain(indicator.numerator.descriptionZh);
      expect(text.en.join('')).toContain(indicator.numerator.descriptionEn);
    }
    expect(explainIndicator(findIndicator('sessions_held')!).zh.at(-1)).toBe('不适用：街道。');
  });

  it('asks what the rules ask of whole quarters and years only', () => {
    const sessions = findIndicator('sessions_held')!.requirement!;
    const presidium = findIndicator('presidium_meetings_held')!.requirement!;
    expect(ruleRequirement(sessions, { start: '2026-01-01', end: '2026-12-31' }, T, [])).toBe(2);
    expect(ruleRequirement(sessions, { start: '2026-01-01', end: '2026-06-30' }, T, [])).toBeNull();
    expect(ruleRequirement(presidium, { start: '2026-01-01', end: '2026-12-31' }, T, [])).toBe(4);
    // A township override of 2 a quarter from 1 July: 1 + 1 + 2 + 2.
    expect(ruleRequirement(presidium, { start: '2026-01-01', end: '2026-12-31' }, T, [{ key: 'presidium.meetings_per_quarter_min', tenantId: T, value: 2, effectiveFrom: '2026-07-01' }])).toBe(6);
  });
});
