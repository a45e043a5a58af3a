import { describe, expect, it } from 'vitest';
import { findRule } from '../rules/catalogue';
import { stageLimits, type GridEventStageDaysRow } from './stage-days';

const rows: GridEventStageDaysRow[] = [
  { stage: 'accept', category: null, urgency: null, workingDays: 1 },
  { stage: 'handle', category: null, urgency: null, workingDays: 10 },
  { stage: 'handle', category: null, urgency: 'urgent', workingDays: 3 },
  { stage: 'handle', category: 'straw_burning', urgency: null, workingDays: 2 },
  { stage: 'handle', category: 'straw_burning', urgency: 'critical', workingDays: 0 },
];

describe('stage time limits', () => {
  it('take the most specific row: category and urgency, category, urgency, any', () => {
    expect(stageLimits(rows, 'straw_burning', 'critical').handle).toBe(0);
    expect(stageLimits(rows, 'straw_burning', 'urgent').handle).toBe(2);
    expect(stageLimits(rows, 'sanitation', 'urgent').handle).toBe(3);
    expect(stageLimits(rows, 'sanitation', 'normal').handle).toBe(10);
  });

  it('are null (not configured) without a row: no invented default', () => {
    expect(stageLimits(rows, 'sanitation', 'normal')).toEqual({ accept: 1, dispatch: null, handle: 10, verify: null });
    expect(stageLimits([], 'sanitation', 'normal')).toEqual({ accept: null, dispatch: null, handle: null, verify: null });
  });

  it('fall back to the single handling limit for the handling stage only', () => {
    expect(stageLimits([], 'sanitation', 'normal', 7)).toEqual({ accept: null, dispatch: null, handle: 7, verify: null });
    expect(stageLimits(rows, 'sanitation', 'normal', 7).handle).toBe(10);
  });

  it('are a catalogue rule, empty by default, one row per stage, category and urgency', () => {
    const rule = findRule('grid.event_stage_days')!;
    expect(rule.defaultValue).toEqual([]);
    expect(rule.schema.safeParse(rows).success).toBe(true);
    expect(rule.schema.safeParse([...rows, rows[0]]).success).toBe(false);
    expect(rule.schema.safeParse([{ stage: 'accept', category: null, urgency: null, workingDays: -1 }]).success).toBe(false);
    expect(findRule('grid.event_escalate_overdue_days')!.defaultValue).toBeNull();
  });
});
