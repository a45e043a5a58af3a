import { describe, expect, it } from 'vitest';
import { ClientRegistry } from './clients';

const registry = new ClientRegistry([
  { clientId: 'web', redirectUris: ['http://localhost:5173/*'], webOrigins: ['+'] },
  { clientId: 'exact', redirectUris: ['http://localhost:5174/callback'], webOrigins: ['http://localhost:5174'] },
  // Keycloak lets an admin register '*'; even then only http(s) URIs may be redirected to.
  { clientId: 'any', redirectUris: ['*'], webOrigins: [] },
]);
const client = (id: string) => registry.get(id)!;

describe('ClientRegistry', () => {
  it('matches redirect URIs exactly, or by prefix for a trailing *', () => {
    expect(registry.isRedirectAllowed(client('exact'), 'http://localhost:5174/callback')).toBe(true);
    expect(registry.isRedirectAllowed(client('exact'), 'http://localhost:5174/callback/')).toBe(false);
    expect(registry.isRedirectAllowed(client('web'), 'http://localhost:5173/deep/path?x=1')).toBe(true);
    expect(registry.isRedirectAllowed(client('web'), 'http://localhost:5173.evil.test/')).toBe(false);
  });

  it('admits the bare origin for a "<origin>/*" pattern, as Keycloak does', () => {
    expect(registry.isRedirectAllowed(client('web'), 'http://localhost:5173')).toBe(true);
    expect(registry.isRedirectAllowed(client('web'), 'http://localhost:517')).toBe(false);
  });

  it('never allows a non-http(s) redirect URI, even for a "*" client', () => {
    expect(registry.isRedirectAllowed(client('any'), 'https://app.example/cb')).toBe(true);
    for (const uri of ['javascript:alert(1)', 'data:text/html,x', 'not a url', '']) {
      expect(registry.isRedirectAllowed(client('any'), uri)).toBe(false);
    }
  });

  it('allows web origins listed, or derived from redirect URIs with "+"', () => {
    expect(registry.isOriginAllowed('http://localhost:5174')).toBe(true);
    expect(registry.isOriginAllowed('http://localhost:5173')).toBe(true);
    expect(registry.isOriginAllowed('http://localhost:5175')).toBe(false);
  });
});
