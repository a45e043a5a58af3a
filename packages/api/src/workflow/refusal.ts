import type { TransitionResult } from '@pcs/domain';
import { AppError, InvalidInput } from '../errors';

/** A refused workflow step as the client sees it: who may not → FORBIDDEN, wrong moment → CONFLICT, missing input → field errors. */
export function refusalError(result: Extract<TransitionResult<string, string, string>, { ok: false }>): AppError {
  switch (result.refusal) {
    case 'actor_not_allowed':
      return new AppError('FORBIDDEN', 'FORBIDDEN', result.message);
    case 'missing_fields':
      return new InvalidInput(
        (result.missing ?? []).map((field) => ({ code: 'custom', input: undefined, path: [field], message: 'Required', params: { zh: '必填', en: 'required' } })),
      );
    case 'invalid_input':
      return new AppError('BAD_REQUEST', 'BAD_INPUT', result.message);
    default:
      return new AppError('CONFLICT', 'CONFLICT_STALE', result.message);
  }
}
