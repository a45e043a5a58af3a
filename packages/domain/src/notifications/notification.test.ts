import { describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS, NOTIFICATION_BODIES, notificationListSchema, notificationMarkReadSchema, savedFilterCreateSchema, savedFilterListSchema } from './notification';

describe('notification and saved-filter inputs', () => {
  it('lists all notifications 20 a page unless told, at most 100', () => {
    expect(notificationListSchema.parse({})).toEqual({ unreadOnly: false, page: 1, pageSize: 20 });
    expect(notificationListSchema.safeParse({ pageSize: 100 }).success).toBe(true);
    expect(notificationListSchema.safeParse({ pageSize: 101 }).success).toBe(false);
    expect(notificationListSchema.safeParse({ page: 0 }).success).toBe(false);
  });

  it('marks some or all read, at most 200 at once', () => {
    const id = '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11';
    expect(notificationMarkReadSchema.parse({ all: true })).toEqual({ all: true });
    expect(notificationMarkReadSchema.safeParse({ ids: Array.from({ length: 201 }, () => id) }).success).toBe(false);
  });

  it('keeps named filters of a township by default, names of 1 to 30 characters', () => {
    expect(savedFilterCreateSchema.parse({ list: 'suggestions', name: ' 逾期 ', filter: { overdue: true } })).toEqual({ scope: 'township', list: 'suggestions', name: '逾期', filter: { overdue: true } });
    expect(savedFilterListSchema.parse({ scope: 'county', list: 'rectifications' })).toEqual({ scope: 'county', list: 'rectifications' });
    expect(savedFilterCreateSchema.safeParse({ list: 'deputies', name: 'x', filter: {} }).success).toBe(false);
    expect(savedFilterCreateSchema.safeParse({ list: 'suggestions', name: ' ', filter: {} }).success).toBe(false);
    expect(savedFilterCreateSchema.safeParse({ list: 'suggestions', name: 'x'.repeat(31), filter: {} }).success).toBe(false);
  });

  it('reminds a week ahead', () => {
    expect(DUE_SOON_DAYS).toBe(7);
  });
});

describe('notification bodies', () => {
  it('say what happened and the deadline in both languages', () => {
    expect(NOTIFICATION_BODIES.step({ zh: '交办', en: 'Assign' }, '2025-06-10')).toEqual({ zh: '交办，期限 2025-06-10', en: 'Assign, due 2025-06-10' });
    expect(NOTIFICATION_BODIES.step({ zh: '标记逾期', en: 'Mark overdue' }, null)).toEqual({ zh: '标记逾期', en: 'Mark overdue' });
    expect(NOTIFICATION_BODIES.dueSoon('2025-06-10')).toEqual({ zh: '期限 2025-06-10', en: 'Due 2025-06-10' });
    expect(NOTIFICATION_BODIES.rectificationAssigned('2025-06-10')).toEqual({ zh: '整改期限 2025-06-10', en: 'Rectify by 2025-06-10' });
  });
});
