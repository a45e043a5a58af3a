import { describe, expect, it } from 'vitest';
import { belowTargetAlerts, overdueAlerts } from './alerts';

const cell = (indicatorId: string, value: number | null, target: number | null, meetsTarget: boolean | null, status = 'ranked') => ({ indicatorId, status, value, target, meetsTarget });

describe('overview alerts', () => {
  it('lists the townships that miss a target, per indicator, and nothing without a target', () => {
    const townships = [
      { id: 'a', cells: [cell('x', 50, 80, false), cell('y', 3, null, null)] },
      { id: 'b', cells: [cell('x', 90, 80, true), cell('y', 1, null, null)] },
      { id: 'c', cells: [cell('x', null, 80, null, 'no_data'), cell('y', null, null, null, 'not_applicable')] },
    ];
    expect(belowTargetAlerts(['x', 'y'], townships)).toEqual([{ indicatorId: 'x', townships: [{ tenantId: 'a', value: 50, target: 80 }] }]);
  });

  it('alerts on overdue items (suggestions, rectifications, grid events) above the threshold only when one is configured', () => {
    const counts = [
      { tenantId: 'a', suggestions: 2, rectifications: 1, gridEvents: 0 },
      { tenantId: 'b', suggestions: 5, rectifications: 0, gridEvents: 0 },
      { tenantId: 'c', suggestions: 1, rectifications: 1, gridEvents: 0 },
      { tenantId: 'd', suggestions: 0, rectifications: 0, gridEvents: 4 },
    ];
    expect(overdueAlerts(counts, null)).toEqual([]);
    expect(overdueAlerts(counts, 2).map((c) => c.tenantId)).toEqual(['b', 'd', 'a']);
    expect(overdueAlerts(counts, 0).map((c) => c.tenantId)).toEqual(['b', 'd', 'a', 'c']);
  });
});
