import { describe, expect, it } from 'vitest';
import { ledgerImportColumnKey, markDuplicateLedgerRows, parseLedgerImportRow } from './ledger';
import { patrolTimeIssues } from './patrol';

const row = { gridName: '狮岭村网格', kind: '畜禽养殖场', name: '狮岭生猪养殖场', address: '狮岭村三组', latitude: '31.56', longitude: '118.49', riskLevel: '中', responsiblePhone: '13900000000' };

describe('ledger import rows', () => {
  it('reads a row with Chinese or English labels', () => {
    expect(parseLedgerImportRow(row, 2)).toMatchObject({ row: 2, object: { kind: 'livestock_farm', riskLevel: 'medium', latitude: 31.56, longitude: 118.49 }, issues: [] });
    expect(parseLedgerImportRow({ ...row, kind: 'River section', riskLevel: 'high' }, 3).object).toMatchObject({ kind: 'river_section', riskLevel: 'high' });
    expect(ledgerImportColumnKey('风险等级*')).toBe('riskLevel');
    expect(ledgerImportColumnKey('Responsible phone')).toBe('responsiblePhone');
  });

  it('names every bad field in both languages', () => {
    const result = parseLedgerImportRow({ ...row, kind: '工厂', latitude: 'north', longitude: '', riskLevel: '', gridName: '' }, 4);
    expect(result.object).toBeUndefined();
    expect(result.issues.map((i) => i.path).sort()).toEqual(['gridName', 'kind', 'latitude', 'riskLevel']);
    expect(result.issues.find((i) => i.path === 'kind')?.message.zh).toContain('不是可选值');
  });

  it('refuses a position with one coordinate only', () => {
    expect(parseLedgerImportRow({ ...row, longitude: '' }, 5).issues.map((i) => i.path)).toEqual(['longitude']);
  });

  it('marks the same object twice in one sheet', () => {
    const results = [parseLedgerImportRow(row, 2), parseLedgerImportRow(row, 3)];
    markDuplicateLedgerRows(results);
    expect(results[1]!.issues[0]!.message.zh).toBe('与第2行重复');
    expect(results[1]!.object).toBeUndefined();
  });
});

describe('patrol times', () => {
  const now = new Date('2026-11-27T04:00:00Z');
  it('refuses an end before the start or in the future', () => {
    expect(patrolTimeIssues({ startedAt: '2026-11-27T09:00:00+08:00', endedAt: '2026-11-27T10:00:00+08:00' }, now)).toEqual([]);
    expect(patrolTimeIssues({ startedAt: '2026-11-27T10:00:00+08:00', endedAt: '2026-11-27T09:00:00+08:00' }, now).map((i) => i.path)).toEqual([['endedAt']]);
    expect(patrolTimeIssues({ startedAt: '2026-11-27T10:00:00+08:00', endedAt: '2026-11-27T13:00:00+08:00' }, now)).toHaveLength(1);
  });
});
