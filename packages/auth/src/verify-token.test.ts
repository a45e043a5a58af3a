import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, TokenError, type TokenErrorReason } from './verify-token';

const ISSUER = 'http://localhost:8080/realms/pcs';
const AUDIENCE = 'pcs-api';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let trusted: KeyPair;
let other: KeyPair;
let verify: ReturnType<typeof createTokenVerifier>;

beforeAll(async () => {
  trusted = await generateKeyPair('RS256', { extractable: true });
  other = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwks: createLocalJWKSet({ keys: [jwk] }) });
});

const now = () => Math.floor(Date.now() / 1000);

function claims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: ISSUER,
    aud: [AUDIENCE, 'account'],
    sub: 'user-1',
    typ: 'Bearer',
    iat: now(),
    exp: now() + 300,
    sid: 'session-1',
    preferred_username: 'zhang.san',
    name: '张三',
    realm_access: { roles: ['deputy', 'offline_access'] },
    tenant: ['T001', 'T002'],
    ...overrides,
  };
}

async function sign(payload: JWTPayload, key = trusted.privateKey, kid = 'k1'): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

async function reasonFor(header: string | undefined): Promise<TokenErrorReason | 'accepted'> {
  try {
    await verify(header);
    return 'accepted';
  } catch (err) {
    if (err instanceof TokenError) return err.reason;
    throw err;
  }
}

describe('createTokenVerifier', () => {
  it('accepts a good Keycloak access token and maps its claims', async () => {
    const result = await verify(`Bearer ${await sign(claims())}`);
    expect(result).toEqual({
      subject: 'user-1',
      username: 'zhang.san',
      displayName: '张三',
      realmRoles: ['deputy', 'offline_access'],
      tenantCodes: ['T001', 'T002'],
      sessionId: 'session-1',
    });
  });

  it('accepts a lower-case scheme (keycloak-js sends "bearer") and defaults absent tenant/name', async () => {
    const result = await verify(`bearer ${await sign(claims({ tenant: undefined, name: undefined }))}`);
    expect(result.tenantCodes).toEqual([]);
    expect(result.displayName).toBe('zhang.san');
  });

  it('refuses a token signed by another key with the same kid', async () => {
    expect(await reasonFor(`Bearer ${await sign(claims(), other.privateKey)}`)).toBe('signature');
  });

  it('refuses a token signed by another key with an unknown kid', async () => {
    expect(await reasonFor(`Bearer ${await sign(claims(), other.privateKey, 'k2')}`)).toBe('signature');
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const [h, , s] = (await sign(claims())).split('.');
    const forged = `${h}.${b64(claims({ realm_access: { roles: ['admin'] } }))}.${s}`;
    expect(await reasonFor(`Bearer ${forged}`)).toBe('signature');
  });

  it('refuses the wrong issuer', async () => {
    expect(await reasonFor(`Bearer ${await sign(claims({ iss: 'http://evil/realms/pcs' }))}`)).toBe('issuer');
  });

  it('refuses the wrong audience (e.g. an ID token for a web client)', async () => {
    expect(await reasonFor(`Bearer ${await sign(claims({ aud: 'pcs-web' }))}`)).toBe('audience');
  });

  it('refuses an unsigned alg:none token', async () => {
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`;
    expect(await reasonFor(`Bearer ${token}`)).toBe('algorithm');
  });

  it('refuses an HS256 token, even one keyed with the public key bytes', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(await exportJWK(trusted.publicKey)));
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).sign(secret);
    expect(await reasonFor(`Bearer ${token}`)).toBe('algorithm');
  });

  it('refuses an expired token beyond the clock tolerance', async () => {
    const token = await sign(claims({ iat: now() - 400, exp: now() - 10 }));
    expect(await reasonFor(`Bearer ${token}`)).toBe('expired');
  });

  it('refuses a token that is not an access token (refresh typ)', async () => {
    expect(await reasonFor(`Bearer ${await sign(claims({ typ: 'Refresh' }))}`)).toBe('claims');
  });

  it('refuses a token without preferred_username', async () => {
    expect(await reasonFor(`Bearer ${await sign(claims({ preferred_username: undefined }))}`)).toBe('claims');
  });

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['Bearer', 'malformed'],
    ['Basic dXNlcjpwYXNz', 'malformed'],
    ['Bearer not-a-jwt', 'malformed'],
    ['Bearer a.b.c', 'malformed'],
    ['Bearer <script>', 'malformed'],
  ] as const)('refuses header %j as %s', async (header, reason) => {
    expect(await reasonFor(header)).toBe(reason);
  });

  it('remembers a verified token: the same bytes are not checked again, other bytes are', async () => {
    const jwk = { ...(await exportJWK(trusted.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const keys = createLocalJWKSet({ keys: [jwk] });
    let keyLookups = 0;
    const counting = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwks: (...args) => (keyLookups++, keys(...args)) });
    const token = await sign(claims());
    await counting(`Bearer ${token}`);
    await counting(`bearer ${token}`);
    expect(keyLookups).toBe(1);
    const shared = await counting(`Bearer ${token}`);
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.realmRoles) && Object.isFrozen(shared.tenantCodes)).toBe(true);
    const [h, , s] = token.split('.');
    await expect(counting(`Bearer ${h}.${b64(claims({ preferred_username: 'admin' }))}.${s}`)).rejects.toMatchObject({ reason: 'signature' });
    expect(keyLookups).toBe(2);
  });

  it('refuses a remembered token once it has expired, with the same clock tolerance', async () => {
    let clock = Date.now();
    const jwk = { ...(await exportJWK(trusted.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const timed = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwks: createLocalJWKSet({ keys: [jwk] }), now: () => clock });
    const exp = Math.floor(clock / 1000) + 60;
    const header = `Bearer ${await sign(claims({ exp }))}`;
    expect((await timed(header)).username).toBe('zhang.san');
    clock = exp * 1000 + 4_000;
    expect((await timed(header)).username).toBe('zhang.san');
    clock = exp * 1000 + 6_000;
    await expect(timed(header)).rejects.toMatchObject({ reason: 'expired' });
  });
});
