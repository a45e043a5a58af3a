import { TRPCError } from '@trpc/server';
import { checkInput } from '@pcs/domain';
import { AppError, InvalidInput } from './errors';

/**
 * Reads a call's raw input and applies the input policy: a body that is not JSON is a 400 (not
 * the 500 tRPC would give), anything `checkInput` refuses is a field error, and the caller
 * gets the input with its strings in NFC.
 */
export async function checkedRawInput(getRawInput: () => Promise<unknown>): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch (error) {
    if (error instanceof TRPCError) throw error;
    throw new AppError('BAD_REQUEST', 'BAD_JSON');
  }
  const { value, issues } = checkInput(raw);
  if (issues.length > 0) throw new InvalidInput(issues);
  return value;
}
