import { describe, expect, it } from 'vitest';
import { chooseDepartmentCampaign, departmentResultsSchema, type DepartmentCampaignRef } from './department-results';

const campaign = (id: string, state: DepartmentCampaignRef['state'], year: number, publishedAt: string | null = null): DepartmentCampaignRef => ({ id, state, year, periodIndex: null, publishedAt: publishedAt ? new Date(publishedAt) : null });

describe('the departments’ results shown on the county dashboards', () => {
  it('says "not configured" without any campaign over departments, and "none published" before publication', () => {
    expect(chooseDepartmentCampaign([])).toEqual({ status: 'not_configured' });
    expect(chooseDepartmentCampaign([campaign('a', 'scoring', 2026), campaign('b', 'draft', 2027)])).toEqual({ status: 'none_published' });
  });

  it('shows the latest published campaign (archived ones count as published), the others to choose from', () => {
    const old = campaign('old', 'archived', 2024, '2025-01-10T00:00:00Z');
    const last = campaign('last', 'published', 2025, '2026-01-12T00:00:00Z');
    const open = campaign('open', 'open', 2026);
    const choice = chooseDepartmentCampaign([old, open, last]);
    expect(choice).toEqual({ status: 'published', campaign: last, published: [last, old] });
    expect(chooseDepartmentCampaign([old, open, last], 'old')).toEqual({ status: 'published', campaign: old, published: [last, old] });
  });

  it('refuses a campaign asked for that is not published (or not there) as unknown', () => {
    expect(chooseDepartmentCampaign([campaign('open', 'open', 2026)], 'open')).toEqual({ status: 'unknown' });
    expect(chooseDepartmentCampaign([], 'x')).toEqual({ status: 'unknown' });
  });

  it('takes an optional campaign id and nothing else', () => {
    expect(departmentResultsSchema.safeParse({}).success).toBe(true);
    expect(departmentResultsSchema.safeParse({ campaignId: 'x' }).success).toBe(false);
    expect(departmentResultsSchema.safeParse({ other: 1 }).success).toBe(false);
  });
});
