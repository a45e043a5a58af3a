import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors';

describe('isDatabaseUnavailable', () => {
  it('takes a connection the server closed mid-query (the driver adapter words it so) for an outage, worth a retry', () => {
    const error = Object.assign(new Error('Invalid `prisma.$queryRaw()` invocation:\n\nRaw query failed. Code: `N/A`. Message: `Server has closed the connection.`'), { code: 'P2010' });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('does not take an ordinary query error for one', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('Raw query failed. Code: `23505`. Message: `duplicate key value`'), { code: 'P2010' }))).toBe(false);
  });
});
