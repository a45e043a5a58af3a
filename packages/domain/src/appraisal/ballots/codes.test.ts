import { describe, expect, it } from 'vitest';
import { BALLOT_CODE_ALPHABET, ballotCodeFrom, ballotCodeSchema, formatBallotCode, isBallotCode, normaliseBallotCode } from './codes';

describe('ballot codes', () => {
  it('leave out characters read wrongly off paper', () => {
    for (const c of '01OIL') expect(BALLOT_CODE_ALPHABET).not.toContain(c);
  });
  it('are printed in groups of four and read back whatever the case, spaces or dashes', () => {
    const code = ballotCodeFrom([0, 1, 2, 3, 4, 5, 6, 7, 8, 30]);
    expect(code).toBe('23456789AZ');
    expect(formatBallotCode(code)).toBe('2345-6789-AZ');
    expect(normaliseBallotCode(' 2345-6789-az ')).toBe(code);
    expect(ballotCodeSchema.parse('2345 6789 az')).toBe(code);
  });
  it('refuse a wrong length or a character outside the alphabet', () => {
    expect(isBallotCode('23456789A')).toBe(false);
    expect(isBallotCode('23456789A0')).toBe(false);
    expect(ballotCodeSchema.safeParse('2345-6789-A1').success).toBe(false);
    expect(() => ballotCodeFrom([1, 2])).toThrow();
    expect(() => ballotCodeFrom([0, 0, 0, 0, 0, 0, 0, 0, 0, 31])).toThrow();
  });
});
