import { describe, expect, it } from 'vitest';
import { isLoginCallback } from './keycloakSession';

describe('isLoginCallback', () => {
  it('recognises the login server’s answer in the fragment', () => {
    expect(isLoginCallback('#state=8a1c&session_state=x&code=abc')).toBe(true);
    expect(isLoginCallback('#error=login_required&state=8a1c')).toBe(true);
  });
  it('takes anything else for a plain page load, which probes the server first', () => {
    expect(isLoginCallback('')).toBe(false);
    expect(isLoginCallback('#code=abc')).toBe(false);
    expect(isLoginCallback('#state=8a1c')).toBe(false);
    expect(isLoginCallback('#/deputies?state=open')).toBe(false);
  });
});
