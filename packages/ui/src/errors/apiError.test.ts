import { describe, expect, it } from 'vitest';
import { describeError, fieldErrorsFrom } from './apiError';

const badRequest = {
  message: 'Invalid input',
  data: {
    code: 'BAD_REQUEST',
    messages: { zh: '输入有误', en: 'Invalid input' },
    fieldIssues: [
      { path: 'name', field: { zh: '名称', en: 'Name' }, message: { zh: '名称：不能为空', en: 'Name: required' } },
      { path: 'name', field: { zh: '名称', en: 'Name' }, message: { zh: '名称：过长', en: 'Name: too long' } },
      { path: 'population', field: { zh: '人口', en: 'Population' }, message: { zh: '人口：应为数字', en: 'Population: expected number' } },
    ],
  },
};

describe('describeError', () => {
  it('reads code, bilingual message and field issues from a tRPC error', () => {
    const info = describeError(badRequest);
    expect(info.code).toBe('BAD_REQUEST');
    expect(info.messages?.en).toBe('Invalid input');
    expect(info.fieldIssues).toHaveLength(3);
    expect(info.network).toBe(false);
  });

  it('recognises a request that got no answer', () => {
    const error = Object.assign(new Error('Failed to fetch'), { cause: new TypeError('Failed to fetch') });
    expect(describeError(error).network).toBe(true);
  });

  it('copes with values that are not errors', () => {
    expect(describeError('boom')).toMatchObject({ code: undefined, messages: undefined, fieldIssues: [], rawMessage: 'boom' });
  });
});

describe('fieldErrorsFrom', () => {
  it('keeps the first message per field in the chosen language', () => {
    expect(fieldErrorsFrom(badRequest, 'en')).toEqual({ name: 'Name: required', population: 'Population: expected number' });
    expect(fieldErrorsFrom(badRequest, 'zh-CN')['name']).toBe('名称：不能为空');
  });
});
