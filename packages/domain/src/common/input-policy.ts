import type { z } from 'zod';

/**
 * The one policy every API input passes before its own schema (docs/decisions.md): what no
 * column of ours can hold is refused here, naming the field, instead of failing in PostgreSQL.
 */
export const INPUT_LIMITS = {
  /** PostgreSQL `integer`: the widest numeric column we have. */
  maxInteger: 2_147_483_647,
  minInteger: -2_147_483_648,
  /** Objects and arrays nested deeper than any form or filter of ours. */
  maxDepth: 32,
  /** Values in one input (the roster import, 2,000 rows of ~30 cells, is the largest). */
  maxNodes: 200_000,
} as const;

const TEXT = {
  control: {
    zh: '含有不可见的控制字符，请删除后重试',
    en: 'contains an invisible control character; remove it and try again',
  },
  surrogate: {
    zh: '含有无效的字符编码（不成对的代理字符）',
    en: 'contains an invalid character (an unpaired surrogate)',
  },
  keyControl: {
    zh: '字段名含有控制字符或无效字符',
    en: 'a field name contains a control or invalid character',
  },
  notFinite: { zh: '必须是有限的数字', en: 'must be a finite number' },
  outOfRange: {
    zh: `超出允许范围（${INPUT_LIMITS.minInteger} 至 ${INPUT_LIMITS.maxInteger}）`,
    en: `is out of range (${INPUT_LIMITS.minInteger} to ${INPUT_LIMITS.maxInteger})`,
  },
  tooDeep: { zh: `嵌套层级过深（最多 ${INPUT_LIMITS.maxDepth} 层）`, en: `is nested too deeply (at most ${INPUT_LIMITS.maxDepth} levels)` },
  tooLarge: { zh: '内容过多', en: 'holds too many values' },
} as const;

// C0 controls but tab, line feed and carriage return (free text keeps its lines), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Path = PropertyKey[];

function issue(path: Path, input: unknown, text: { zh: string; en: string }): z.core.$ZodIssue {
  return { code: 'custom', path, input, message: text.en, params: { zh: text.zh, en: text.en } } as z.core.$ZodIssue;
}

/** Why a string cannot be stored, if it cannot. */
function stringProblem(value: string): { zh: string; en: string } | null {
  if (LONE_SURROGATE.test(value)) return TEXT.surrogate;
  if (CONTROL.test(value)) return TEXT.control;
  return null;
}

function numberProblem(value: number): { zh: string; en: string } | null {
  if (!Number.isFinite(value)) return TEXT.notFinite;
  if (value > INPUT_LIMITS.maxInteger || value < INPUT_LIMITS.minInteger) return TEXT.outOfRange;
  return null;
}

export interface InputCheck {
  /** The input with every string in Unicode NFC, as it is stored and compared. */
  value: unknown;
  /** Refusals in zod's issue shape, so they reach the client like any field error. */
  issues: z.core.$ZodIssue[];
}

/**
 * Walks a raw (JSON) input without recursion, so no nesting can overflow the stack: refuses
 * control characters, unpaired surrogates, non-finite or out-of-range numbers, deep nesting and
 * oversized inputs; returns a copy with strings normalised to NFC. Stops at the first 20 issues.
 */
export function checkInput(raw: unknown): InputCheck {
  const issues: z.core.$ZodIssue[] = [];
  const root: { value: unknown } = { value: undefined };
  const stack: Array<{ value: unknown; path: Path; depth: number; set: (v: unknown) => void }> = [
    { value: raw, path: [], depth: 0, set: (v) => (root.value = v) },
  ];
  let nodes = 0;
  while (stack.length > 0 && issues.length < 20) {
    const { value, path, depth, set } = stack.pop()!;
    if (++nodes > INPUT_LIMITS.maxNodes) {
      issues.push(issue([], undefined, TEXT.tooLarge));
      break;
    }
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) issues.push(issue(path, value, problem));
      set(value.normalize('NFC'));
    } else if (typeof value === 'number') {
      const problem = numberProblem(value);
      if (problem) issues.push(issue(path, value, problem));
      set(value);
    } else if (value !== null && typeof value === 'object') {
      if (depth >= INPUT_LIMITS.maxDepth) {
        issues.push(issue(path, undefined, TEXT.tooDeep));
        continue;
      }
      if (Array.isArray(value)) {
        const copy: unknown[] = new Array(value.length);
        set(copy);
        value.forEach((item, index) => stack.push({ value: item, path: [...path, index], depth: depth + 1, set: (v) => (copy[index] = v) }));
      } else {
        const copy: Record<string, unknown> = {};
        set(copy);
        for (const [key, item] of Object.entries(value)) {
          if (stringProblem(key)) {
            issues.push(issue(path, key, TEXT.keyControl));
            continue;
          }
          const name = key.normalize('NFC');
          // defineProperty: a "__proto__" key stays data, never the copy's prototype.
          Object.defineProperty(copy, name, { value: undefined, writable: true, enumerable: true, configurable: true });
          stack.push({ value: item, path: [...path, name], depth: depth + 1, set: (v) => (copy[name] = v) });
        }
      }
    } else {
      set(value);
    }
  }
  return { value: root.value, issues };
}
