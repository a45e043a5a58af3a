import type { z } from 'zod';
import { appRouter } from '../../src/root';
import { sampleInput } from '../hostile/sample-input';

/** A procedure of the app router as tRPC keeps it at run time, under its full dotted path. */
export interface RouterProcedure {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  inputs: z.core.$ZodType[];
}

/** Every procedure of the app router, listed at run time: a procedure added later is covered by every generated test. */
export const routerProcedures: RouterProcedure[] = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: Omit<RouterProcedure, 'path'> }>).map(
  ([path, p]) => ({ path, type: p._def.type, inputs: p._def.inputs }),
);

/** A plausible input for a procedure (its input schemas' samples merged), the start of generated calls. */
export function sampleInputOf(procedure: RouterProcedure): unknown {
  if (procedure.inputs.length === 0) return undefined;
  return procedure.inputs.map((schema) => sampleInput(schema)).reduce((a, b) => (typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : (b ?? a)));
}
