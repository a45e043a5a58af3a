import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const REQUIRED = { AUTH_ISSUER: 'https://login.example/realms/pcs', DATABASE_APP_URL: 'postgresql://pcs_app@db/pcs', IDP_ADMIN_CLIENT_SECRET: 'secret' };
const saved = { ...process.env };

function withEnv(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries({ ...REQUIRED, ...env })) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

afterEach(() => {
  process.env = { ...saved };
});

describe('PCS_API_WORKERS', () => {
  it('is one process unless set', () => {
    withEnv({ PCS_API_WORKERS: undefined });
    expect(loadConfig().workers).toBe(1);
    withEnv({ PCS_API_WORKERS: '' });
    expect(loadConfig().workers).toBe(1);
  });

  it('takes a whole number from 1 to 64', () => {
    withEnv({ PCS_API_WORKERS: '4' });
    expect(loadConfig().workers).toBe(4);
  });

  it.each(['0', '65', '2.5', 'two', '-1'])('refuses %s, naming the variable', (value) => {
    withEnv({ PCS_API_WORKERS: value });
    expect(() => loadConfig()).toThrow(/PCS_API_WORKERS/);
  });
});
