import { describe, expect, it } from 'vitest';
import { checkInput, INPUT_LIMITS } from './input-policy';

const paths = (raw: unknown) => checkInput(raw).issues.map((i) => i.path.join('.'));

describe('checkInput', () => {
  it('keeps tab, line feed and carriage return, refuses other control characters', () => {
    expect(paths({ note: 'a\tb\r\nc' })).toEqual([]);
    expect(paths({ note: 'a\u0000b', other: ['ok', 'x\u001bY', 'y\u0085'] })).toEqual(expect.arrayContaining(['note', 'other.1', 'other.2']));
  });

  it('refuses unpaired surrogates but keeps paired ones (emoji)', () => {
    expect(paths({ a: 'x\ud800y', b: '\udc00', c: '😀' })).toEqual(expect.arrayContaining(['a', 'b']));
    expect(paths({ c: '😀 مرحبا \u200b' })).toEqual([]);
  });

  it('bounds numbers by the int32 column and refuses non-finite ones', () => {
    expect(paths({ a: INPUT_LIMITS.maxInteger, b: INPUT_LIMITS.minInteger, c: 1.5 })).toEqual([]);
    expect(paths({ a: INPUT_LIMITS.maxInteger + 1, b: INPUT_LIMITS.minInteger - 1, c: Infinity, d: NaN })).toHaveLength(4);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { issues } = checkInput({ filter: deep });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/nested too deeply/);
  });

  it('normalises strings and keys to NFC and keeps "__proto__" as data', () => {
    const { value, issues } = checkInput(JSON.parse('{"name":"Cafe\\u0301","__proto__":{"x":1}}'));
    expect(issues).toEqual([]);
    expect((value as { name: string }).name).toBe('Caf\u00e9');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toContain('__proto__');
  });

  it('refuses inputs with too many values', () => {
    expect(checkInput(new Array(INPUT_LIMITS.maxNodes + 1).fill(0)).issues[0]!.message).toMatch(/too many values/);
  });
});
