import { describe, expect, it } from 'vitest';
import { sessionAssignmentDue } from './assignment-due';

describe('assignment after the session', () => {
  const end = '2026-01-22';

  it('is pending up to the due day and overdue after it', () => {
    expect(sessionAssignmentDue({ state: 'accepted', assignedOn: null }, end, 1, '2026-02-22')).toEqual({ dueOn: '2026-02-22', state: 'pending' });
    expect(sessionAssignmentDue({ state: 'submitted', assignedOn: null }, end, 1, '2026-02-23')).toEqual({ dueOn: '2026-02-22', state: 'overdue' });
  });

  it('says whether an assignment came in time', () => {
    expect(sessionAssignmentDue({ state: 'assigned', assignedOn: '2026-02-22' }, end, 1, '2026-06-01')?.state).toBe('on_time');
    expect(sessionAssignmentDue({ state: 'closed', assignedOn: '2026-02-23' }, end, 1, '2026-06-01')?.state).toBe('late');
    expect(sessionAssignmentDue({ state: 'closed', assignedOn: '2026-02-23' }, end, 2, '2026-06-01')).toEqual({ dueOn: '2026-03-22', state: 'on_time' });
  });

  it('has nothing to say of a returned or merged suggestion', () => {
    expect(sessionAssignmentDue({ state: 'returned', assignedOn: null }, end, 1, '2026-06-01')).toBeNull();
    expect(sessionAssignmentDue({ state: 'merged', assignedOn: null }, end, 1, '2026-06-01')).toBeNull();
  });
});
