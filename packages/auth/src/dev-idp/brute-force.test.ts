import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BruteForceProtector, KEYCLOAK_BRUTE_FORCE } from './brute-force';
import { alice, authUrl, get, keycloakJsParams, startTestIdp, submitLogin, type TestIdp } from './test-support';

describe('BruteForceProtector (Keycloak\'s rules)', () => {
  it('locks a user for the minimum wait after two quick failures, and forgets them after a success', () => {
    let now = 1_000_000;
    const guard = new BruteForceProtector(KEYCLOAK_BRUTE_FORCE, () => now);
    guard.failure('u');
    expect(guard.isTemporarilyDisabled('u')).toBe(false);
    now += 500;
    guard.failure('u');
    expect(guard.isTemporarilyDisabled('u')).toBe(true);
    now += 60_000;
    expect(guard.isTemporarilyDisabled('u')).toBe(false);
    guard.success('u');
    now += 100;
    guard.failure('u');
    expect(guard.isTemporarilyDisabled('u')).toBe(false);
  });

  it('waits waitIncrementSeconds for every failureFactor slow failures, up to maxFailureWaitSeconds', () => {
    let now = 1_000_000;
    const guard = new BruteForceProtector(KEYCLOAK_BRUTE_FORCE, () => now);
    for (let i = 1; i <= 29; i++) {
      now += 2000;
      guard.failure('u');
    }
    expect(guard.isTemporarilyDisabled('u')).toBe(false);
    now += 2000;
    guard.failure('u');
    expect(guard.isTemporarilyDisabled('u')).toBe(true);
    now += 59_000;
    expect(guard.isTemporarilyDisabled('u')).toBe(true);
    now += 1000;
    expect(guard.isTemporarilyDisabled('u')).toBe(false);
  });

  it('uses the parameters of the production realm', () => {
    const realm = JSON.parse(readFileSync(new URL('../../../../infra/keycloak/realm-pcs.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(realm.bruteForceProtected).toBe(true);
    expect(realm.permanentLockout).toBe(false);
    for (const [key, value] of Object.entries(KEYCLOAK_BRUTE_FORCE)) expect(realm[key], key).toBe(value);
  });
});

describe('the login form under brute force', () => {
  let t: TestIdp;
  afterEach(() => t?.idp.close());

  async function attempt(password: string) {
    const form = await get(authUrl(t.idp, keycloakJsParams()));
    return submitLogin(t.idp, await form.text(), 'alice', password);
  }

  it('refuses even the right password after 60 quick wrong ones, until the wait is over', async () => {
    t = await startTestIdp();
    for (let i = 0; i < 60; i++) {
      const wrong = await attempt(`guess-${i}`);
      expect(wrong.status).toBe(200);
      t.advance(0.1);
    }
    const locked = await attempt(alice.password);
    expect(locked.status).toBe(200);
    expect(await locked.text()).toMatch(/用户名或密码错误/);
    t.advance(KEYCLOAK_BRUTE_FORCE.maxFailureWaitSeconds);
    expect((await attempt(alice.password)).status).toBe(302);
  });

  it('still lets a user in after one typo', async () => {
    t = await startTestIdp();
    expect((await attempt('typo')).status).toBe(200);
    expect((await attempt(alice.password)).status).toBe(302);
  });
});
