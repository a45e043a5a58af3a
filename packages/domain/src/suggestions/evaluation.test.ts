import { describe, expect, it } from 'vitest';
import { evaluationOutcome, lowestRating } from './evaluation';
import type { Satisfaction } from './suggestion';

const signers = [
  { deputyId: 'a', lead: true },
  { deputyId: 'b', lead: false },
  { deputyId: 'c', lead: false },
];
const ratings = (entries: Array<[string, Satisfaction]>) => new Map(entries);

describe('the result of a suggestion several deputies signed', () => {
  it('lowest: waits for every signer, then takes the lowest rating', () => {
    expect(evaluationOutcome('lowest', signers, ratings([['a', 'satisfied'], ['b', 'unsatisfied']]))).toEqual({ decided: false, missing: ['c'] });
    expect(evaluationOutcome('lowest', signers, ratings([['a', 'satisfied'], ['b', 'basically_satisfied'], ['c', 'satisfied']]))).toEqual({ decided: true, rating: 'basically_satisfied' });
    expect(evaluationOutcome('lowest', signers, ratings([['a', 'satisfied'], ['b', 'unsatisfied'], ['c', 'satisfied']]))).toEqual({ decided: true, rating: 'unsatisfied' });
  });

  it("lead: the lead deputy's rating decides as soon as it is given", () => {
    expect(evaluationOutcome('lead', signers, ratings([['b', 'unsatisfied']]))).toEqual({ decided: false, missing: ['a'] });
    expect(evaluationOutcome('lead', signers, ratings([['a', 'basically_satisfied'], ['b', 'unsatisfied']]))).toEqual({ decided: true, rating: 'basically_satisfied' });
  });

  it('a single signer decides alone under either rule; no signers decide nothing', () => {
    expect(evaluationOutcome('lowest', [signers[0]!], ratings([['a', 'satisfied']]))).toEqual({ decided: true, rating: 'satisfied' });
    expect(evaluationOutcome('lead', [signers[0]!], ratings([['a', 'unsatisfied']]))).toEqual({ decided: true, rating: 'unsatisfied' });
    expect(evaluationOutcome('lowest', [], ratings([]))).toEqual({ decided: false, missing: [] });
    expect(lowestRating([])).toBeNull();
  });
});
