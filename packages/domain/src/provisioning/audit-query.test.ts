import { describe, expect, it } from 'vitest';
import { congressBookQuerySchema, liaisonDashboardQuerySchema } from '../deputies/books';
import { auditListSchema } from './audit-query';

describe('audit and book queries', () => {
  it('filters the audit log by trimmed words and ISO days, sorted by time', () => {
    expect(auditListSchema.parse({ actorName: ' 刘洋 ', from: '2026-01-01' })).toEqual({ page: 1, pageSize: 20, sortDirection: 'asc', actorName: '刘洋', from: '2026-01-01' });
    expect(auditListSchema.safeParse({ sortBy: 'actorName' }).success).toBe(false);
    expect(auditListSchema.safeParse({ to: '2026-02-30' }).success).toBe(false);
    expect(auditListSchema.safeParse({ entity: 'x'.repeat(41) }).success).toBe(false);
  });

  it('asks for one of the six books and the roster, for a year', () => {
    expect(congressBookQuerySchema.parse({ book: 'roster', year: 2026 })).toEqual({ book: 'roster', year: 2026 });
    expect(congressBookQuerySchema.safeParse({ book: 'ledger', year: 2026 }).success).toBe(false);
    expect(congressBookQuerySchema.safeParse({ book: 'roster', year: 1989 }).success).toBe(false);
    expect(liaisonDashboardQuerySchema.parse({})).toEqual({});
  });
});
