import { randomUUID } from 'node:crypto';
import type { z } from 'zod';

/** Today in the county (Asia/Shanghai), the earliest day many of our schedules accept. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: Array<{ _zod: { def: CheckDef } }> };
const checksOf = (schema: AnySchema) => (defOf(schema).checks ?? []).map((c) => c._zod.def);

function sampleString(schema: AnySchema): string {
  const def = defOf(schema);
  const format = (def.format as string | undefined) ?? checksOf(schema).find((c) => c.check === 'string_format')?.format;
  switch (format) {
    case 'uuid':
    case 'guid':
      return randomUUID();
    case 'date':
      return today;
    case 'datetime':
      return new Date().toISOString();
    case 'email':
      return 'someone@example.com';
    case 'regex':
      // Our patterns are phone numbers, codes and the like: digits pass most of them.
      return '13800000000';
  }
  const min = checksOf(schema).find((c) => c.check === 'min_length')?.minimum ?? 1;
  return '测'.repeat(Math.max(min, 2));
}

function sampleNumber(schema: AnySchema): number {
  let low = 1;
  let high = Number.MAX_SAFE_INTEGER;
  for (const c of checksOf(schema)) {
    if (c.check === 'greater_than' && c.value !== undefined) low = Math.max(low, c.inclusive ? c.value : c.value + 1);
    if (c.check === 'less_than' && c.value !== undefined) high = Math.min(high, c.inclusive ? c.value : c.value - 1);
  }
  return Math.min(low, high);
}

/**
 * A plausible value for a zod schema: the starting point the hostile inputs are made from. It
 * need not pass every refinement; the test counts how many do.
 */
export function sampleInput(schema: AnySchema, depth = 0): unknown {
  if (depth > 12) return undefined;
  const def = defOf(schema);
  const inner = (key: string) => sampleInput(def[key] as AnySchema, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, sampleInput(field, depth + 1)]).filter(([, v]) => v !== undefined));
    }
    case 'string':
      return sampleString(schema);
    case 'number':
      return sampleNumber(schema);
    case 'bigint':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array': {
      const min = checksOf(schema).find((c) => c.check === 'min_length')?.minimum ?? 1;
      return Array.from({ length: Math.max(min, 1) }, () => inner('element'));
    }
    case 'tuple':
      return (def.items as AnySchema[]).map((item) => sampleInput(item, depth + 1));
    case 'record':
      return {};
    case 'union':
      return sampleInput((def.options as AnySchema[])[0]!, depth + 1);
    case 'intersection': {
      const left = inner('left');
      const right = inner('right');
      return typeof left === 'object' && typeof right === 'object' ? { ...left, ...right } : left;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return sampleInput((def.getter as () => AnySchema)(), depth + 1);
    case 'date':
      return today;
    default:
      return 'x';
  }
}
