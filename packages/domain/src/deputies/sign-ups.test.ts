import { describe, expect, it } from 'vitest';
import { activitySignUpSchema, signUpRefusal } from './sign-ups';

describe('activity sign-up', () => {
  it('is open until the day before the activity (county days)', () => {
    expect(signUpRefusal('2026-03-02', '2026-03-01')).toBeNull();
    expect(signUpRefusal('2026-03-02', '2026-03-02')?.zh).toBe('活动已开始，报名已截止');
    expect(signUpRefusal('2026-03-01', '2026-03-02')).not.toBeNull();
  });

  it('takes a sign-up or a refusal, nothing else', () => {
    expect(activitySignUpSchema.safeParse({ activityId: '00000000-0000-4000-8000-00000000000a', response: 'invited' }).success).toBe(false);
  });
});
