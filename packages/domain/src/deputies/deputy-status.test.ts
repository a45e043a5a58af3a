import { describe, expect, it } from 'vitest';
import { checkDeputy, deputyCreateSchema } from './deputy';
import { DEPUTY_STATUS_TRANSITIONS, deputyStatusActions, deputyStatusChangeSchema, deputyTransitionIssue, transitionDeputyStatus } from './deputy-status';

const today = '2026-11-25';

describe('deputy status transitions', () => {
  it('lets a serving or by-elected deputy resign, be removed or die', () => {
    for (const from of ['serving', 'by_elected'] as const) {
      expect(deputyStatusActions(from)).toEqual(['resign', 'remove', 'decease']);
      expect(transitionDeputyStatus(from, 'resign', { effectiveOn: '2026-05-01' }, today)).toEqual({ ok: true, to: 'resigned' });
      expect(transitionDeputyStatus(from, 'decease', { effectiveOn: '2026-05-01' }, today)).toEqual({ ok: true, to: 'deceased' });
      expect(transitionDeputyStatus(from, 'remove', { effectiveOn: '2026-05-01', reason: '选区选民罢免' }, today)).toEqual({ ok: true, to: 'removed' });
    }
  });

  it('has no way out of resigned, removed or deceased', () => {
    for (const from of ['resigned', 'removed', 'deceased'] as const) {
      expect(deputyStatusActions(from)).toEqual([]);
      expect(transitionDeputyStatus(from, 'resign', { effectiveOn: '2026-05-01' }, today)).toEqual({ ok: false, refusal: 'not_allowed' });
    }
  });

  it('requires a reason for a removal only', () => {
    expect(transitionDeputyStatus('serving', 'remove', { effectiveOn: '2026-05-01', reason: '  ' }, today)).toEqual({ ok: false, refusal: 'reason_required' });
    expect(transitionDeputyStatus('serving', 'remove', { effectiveOn: '2026-05-01', reason: null }, today)).toEqual({ ok: false, refusal: 'reason_required' });
    expect(transitionDeputyStatus('serving', 'remove', { effectiveOn: '2026-05-01' }, today)).toEqual({ ok: false, refusal: 'reason_required' });
    expect(transitionDeputyStatus('by_elected', 'remove', { effectiveOn: '2026-05-01', reason: ' 罢免决定 ' }, today)).toEqual({ ok: true, to: 'removed' });
    expect(DEPUTY_STATUS_TRANSITIONS.filter((t) => t.reasonRequired).map((t) => t.action)).toEqual(['remove', 'remove']);
  });

  it('refuses a date before the election or after today, and takes both boundary days', () => {
    expect(transitionDeputyStatus('serving', 'resign', { effectiveOn: '2021-01-01', electedOn: '2021-12-28' }, today)).toEqual({ ok: false, refusal: 'date_before_election' });
    expect(transitionDeputyStatus('serving', 'resign', { effectiveOn: '2021-12-27', electedOn: '2021-12-28' }, today)).toEqual({ ok: false, refusal: 'date_before_election' });
    expect(transitionDeputyStatus('serving', 'resign', { effectiveOn: '2021-12-28', electedOn: '2021-12-28' }, today)).toEqual({ ok: true, to: 'resigned' });
    expect(transitionDeputyStatus('serving', 'resign', { effectiveOn: '2026-12-01' }, today)).toEqual({ ok: false, refusal: 'date_in_future' });
    expect(transitionDeputyStatus('serving', 'resign', { effectiveOn: '2026-11-26', electedOn: null }, today)).toEqual({ ok: false, refusal: 'date_in_future' });
    expect(transitionDeputyStatus('serving', 'decease', { effectiveOn: today, electedOn: '2021-12-28' }, today)).toEqual({ ok: true, to: 'deceased' });
  });

  it('checks the transition before the reason, and the reason before the dates', () => {
    expect(transitionDeputyStatus('resigned', 'remove', { effectiveOn: '2027-01-01' }, today)).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(transitionDeputyStatus('serving', 'remove', { effectiveOn: '2027-01-01', electedOn: '2028-01-01' }, today)).toEqual({ ok: false, refusal: 'reason_required' });
    expect(transitionDeputyStatus('serving', 'resign', { effectiveOn: '2027-01-01', electedOn: '2028-01-01' }, today)).toEqual({ ok: false, refusal: 'date_before_election' });
  });

  it('words each refusal as an issue on the field it concerns', () => {
    const input = deputyStatusChangeSchema.parse({ id: '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11', version: 3, action: 'remove', effectiveOn: '2026-05-01', reason: '' });
    expect(input.reason).toBeNull();
    expect(deputyTransitionIssue('not_allowed', input)).toMatchObject({ code: 'custom', path: ['action'], input: 'remove' });
    expect(deputyTransitionIssue('reason_required', input)).toMatchObject({ path: ['reason'], input: null });
    expect(deputyTransitionIssue('date_before_election', input)).toMatchObject({ path: ['effectiveOn'], input: '2026-05-01' });
    expect(deputyTransitionIssue('date_in_future', input)).toMatchObject({ path: ['effectiveOn'], input: '2026-05-01' });
    for (const refusal of ['not_allowed', 'reason_required', 'date_before_election', 'date_in_future'] as const) {
      const { params } = deputyTransitionIssue(refusal, input) as { params?: { zh: string; en: string } };
      expect(params?.zh).toMatch(/\S/);
      expect(params?.en).toMatch(/\S/);
    }
  });

  it('takes a status change with an action it knows', () => {
    const base = { id: '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11', version: 0, effectiveOn: '2026-05-01' };
    expect(deputyStatusChangeSchema.parse({ ...base, action: 'decease', reason: '  病故  ' }).reason).toBe('病故');
    expect(deputyStatusChangeSchema.safeParse({ ...base, action: 'by_elect' }).success).toBe(false);
    expect(deputyStatusChangeSchema.safeParse({ ...base, action: 'resign', version: -1 }).success).toBe(false);
    expect(deputyStatusChangeSchema.safeParse({ ...base, action: 'resign', reason: 'x'.repeat(201) }).success).toBe(false);
  });

  it('creates only serving or by-elected deputies, and a by-elected one needs the election day', () => {
    const base = { name: '张明', gender: 'male', birthDate: '1975-03-12', ethnicity: '汉族', party: 'cpc', sector: 'farmer', levels: ['township'], termNo: 18, constituency: '第一选区' } as const;
    expect(deputyCreateSchema.parse(base).status).toBe('serving');
    expect(deputyCreateSchema.safeParse({ ...base, status: 'resigned' }).success).toBe(false);
    const byElected = deputyCreateSchema.safeParse({ ...base, status: 'by_elected' });
    expect(byElected.success).toBe(false);
    expect(byElected.error?.issues[0]?.path).toEqual(['electedOn']);
    expect(deputyCreateSchema.safeParse({ ...base, status: 'by_elected', electedOn: '2024-06-20' }).success).toBe(true);
  });

  it('refuses implausible dates and an under-age election', () => {
    const base = { name: '张明', gender: 'male', ethnicity: '汉族', party: 'cpc', sector: 'farmer', levels: ['township'], termNo: 18, constituency: '第一选区' } as const;
    // "In the future" needs the county's day: the API checks it with its clock.
    expect(checkDeputy({ ...base, levels: ['township'], birthDate: '2099-01-01' }, '2026-07-01').map((i) => i.path)).toEqual([['birthDate']]);
    expect(checkDeputy({ ...base, levels: ['township'], birthDate: '1975-03-12', electedOn: '2026-07-02' }, '2026-07-01').map((i) => i.path)).toEqual([['electedOn']]);
    expect(checkDeputy({ ...base, levels: ['township'], birthDate: '1975-03-12', electedOn: '2026-07-01' }, '2026-07-01')).toEqual([]);
    expect(deputyCreateSchema.safeParse({ ...base, birthDate: '1899-12-31' }).success).toBe(false);
    expect(deputyCreateSchema.safeParse({ ...base, birthDate: '2010-01-01', electedOn: '2021-12-28' }).error?.issues[0]?.path).toEqual(['electedOn']);
    expect(deputyCreateSchema.safeParse({ ...base, birthDate: '1975-02-30' }).success).toBe(false);
    expect(deputyCreateSchema.safeParse({ ...base, birthDate: '1975-03-12', levels: ['township', 'township'] }).success).toBe(false);
  });
});
