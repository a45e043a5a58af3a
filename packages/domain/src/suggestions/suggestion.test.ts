import { describe, expect, it } from 'vitest';
import { suggestionCreateSchema } from './suggestion';

const base = {
  kind: 'suggestion',
  title: '关于修缮便民桥的建议',
  content: '桥面破损',
  topic: 'roads_transport',
  leadDeputyId: '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11',
  submittedOn: '2026-03-02',
};
const meetingId = '0d3e8a52-1f3b-4a8c-b2a6-4e8d8a1b2c3d';

describe('suggestionCreateSchema', () => {
  it('takes the session a suggestion was raised at', () => {
    expect(suggestionCreateSchema.parse({ ...base, source: 'session', meetingId }).meetingId).toBe(meetingId);
    expect(suggestionCreateSchema.parse({ ...base, source: 'session' }).meetingId).toBeUndefined();
  });

  it('refuses a session for one raised between sessions, naming the field', () => {
    const result = suggestionCreateSchema.safeParse({ ...base, source: 'between_sessions', meetingId });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['meetingId']);
    expect(suggestionCreateSchema.safeParse({ ...base, source: 'between_sessions', meetingId: null }).success).toBe(true);
  });
});
