import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodErrorMap } from './zodErrorMap';

const schema = z.object({ name: z.string().min(1), count: z.number().int().max(10) });

function messages(input: unknown, language: 'zh-CN' | 'en') {
  const result = schema.safeParse(input, { error: zodErrorMap(language) });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('zodErrorMap', () => {
  it('says "required" for an empty field in either language', () => {
    expect(messages({ name: '', count: 1 }, 'zh-CN')).toEqual({ name: '必填' });
    expect(messages({ name: 'x' }, 'en')).toEqual({ count: 'Required' });
  });

  it("falls back to zod's translations", () => {
    expect(messages({ name: 'x', count: 11 }, 'en')['count']).toMatch(/10/);
    expect(messages({ name: 'x', count: 11 }, 'zh-CN')['count']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('uses the texts a custom issue carries', () => {
    const custom = z.string().superRefine((_, ctx) => ctx.addIssue({ code: 'custom', params: { zh: '不能早于今天', en: 'must be today or later' } }));
    expect(custom.safeParse('x', { error: zodErrorMap('zh-CN') }).error?.issues[0]?.message).toBe('不能早于今天');
    expect(custom.safeParse('x', { error: zodErrorMap('en') }).error?.issues[0]?.message).toBe('must be today or later');
  });

  it('says "required" for an empty field whose format check carries its own texts', () => {
    const code = z.string().refine((v) => /^[a-z]{2,}$/.test(v), { params: { zh: '须为小写字母', en: 'lower-case letters' } });
    expect(code.safeParse('', { error: zodErrorMap('zh-CN') }).error?.issues[0]?.message).toBe('必填');
    expect(code.safeParse('X', { error: zodErrorMap('en') }).error?.issues[0]?.message).toBe('lower-case letters');
  });
});
