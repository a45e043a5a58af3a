import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldIssues } from './validation-issues';

describe('toFieldIssues', () => {
  it('names the field in both languages', () => {
    const result = z.object({ name: z.string().min(1), population: z.number().int() }).safeParse({ name: '', population: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = toFieldIssues(result.error.issues);
    expect(issues.map((i) => i.path)).toEqual(['name', 'population']);
    expect(issues[0]?.message.zh).toMatch(/^名称：/);
    expect(issues[0]?.message.en).toMatch(/^Name: /);
    expect(issues[1]?.message.en).toMatch(/number/);
  });
});
