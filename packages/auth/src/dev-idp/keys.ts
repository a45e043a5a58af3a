import {
  calculateJwkThumbprint,
  compactVerify,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

/** The realm's one RS256 key: signs every token and is published as the JWKS. */
export interface SigningKeys {
  kid: string;
  publicJwk: JWK;
  sign(payload: JWTPayload): Promise<string>;
  /** Signature, issuer and expiry (at `nowSeconds`, no tolerance); throws a jose error otherwise. */
  verify(token: string, issuer: string, nowSeconds: number): Promise<JWTPayload>;
  /** Signature and issuer only: logout must accept an expired id_token_hint. */
  verifyIgnoringExpiry(token: string, issuer: string): Promise<JWTPayload>;
}

export async function createSigningKeys(given?: JWK): Promise<SigningKeys> {
  let privateKey: CryptoKey;
  let publicJwk: JWK;
  if (given) {
    if (given.kty !== 'RSA' || !given.d) throw new Error('signingKey must be a private RSA JWK');
    privateKey = (await importJWK(given, 'RS256')) as CryptoKey;
    publicJwk = { kty: 'RSA', n: given.n, e: given.e };
  } else {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    publicJwk = await exportJWK(pair.publicKey);
  }
  // A kid derived from the key (as Keycloak does) stays stable when the same key is reused.
  const kid = given?.kid ?? (await calculateJwkThumbprint(publicJwk));
  publicJwk = { kty: 'RSA', n: publicJwk.n, e: publicJwk.e, kid, alg: 'RS256', use: 'sig' };
  const publicKey = await importJWK(publicJwk, 'RS256');

  return {
    kid,
    publicJwk,
    sign: (payload) =>
      new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(privateKey),
    async verify(token, issuer, nowSeconds) {
      const { payload } = await jwtVerify(token, publicKey, {
        algorithms: ['RS256'],
        issuer,
        currentDate: new Date(nowSeconds * 1000),
        requiredClaims: ['exp'],
      });
      return payload;
    },
    async verifyIgnoringExpiry(token, issuer) {
      await compactVerify(token, publicKey, { algorithms: ['RS256'] });
      const payload = decodeJwt(token);
      if (payload.iss !== issuer) throw new Error('wrong issuer');
      return payload;
    },
  };
}
