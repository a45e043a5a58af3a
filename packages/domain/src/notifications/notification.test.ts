import { describe, expect, it } from 'vitest';
import { NOTIFICATION_BODIES } from './notification';

describe('notification bodies', () => {
  it('say what happened and the deadline in both languages', () => {
    expect(NOTIFICATION_BODIES.step({ zh: '交办', en: 'Assign' }, '2025-06-10')).toEqual({ zh: '交办，期限 2025-06-10', en: 'Assign, due 2025-06-10' });
    expect(NOTIFICATION_BODIES.step({ zh: '标记逾期', en: 'Mark overdue' }, null)).toEqual({ zh: '标记逾期', en: 'Mark overdue' });
    expect(NOTIFICATION_BODIES.dueSoon('2025-06-10')).toEqual({ zh: '期限 2025-06-10', en: 'Due 2025-06-10' });
    expect(NOTIFICATION_BODIES.rectificationAssigned('2025-06-10')).toEqual({ zh: '整改期限 2025-06-10', en: 'Rectify by 2025-06-10' });
  });
});
