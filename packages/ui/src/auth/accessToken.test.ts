import { describe, expect, it } from 'vitest';
import { secondsLeft, tokenPayload } from './accessToken';

const base64url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (payload: object) => `h.${base64url(JSON.stringify(payload))}.s`;

describe('secondsLeft', () => {
  it('counts from the token’s exp by the browser’s clock', () => {
    expect(secondsLeft(jwt({ exp: 1_000 }), 0, 900_000)).toBe(100);
  });
  it('corrects by the clock difference to the login server (browser minus server)', () => {
    // The browser runs 20 s ahead of the server: the token lasts until the browser reads 1020.
    expect(secondsLeft(jwt({ exp: 1_000 }), 20, 900_000)).toBe(120);
    expect(secondsLeft(jwt({ exp: 1_000 }), -20, 900_000)).toBe(80);
  });
  it('reads base64url payloads (- and _, no padding)', () => {
    expect(secondsLeft(jwt({ exp: 1_000, name: '网格员 ~~~???>>>' }), 0, 999_000)).toBe(1);
  });
  it('gives zero for an expired, unreadable or exp-less token', () => {
    expect(secondsLeft(jwt({ exp: 1_000 }), 0, 2_000_000)).toBe(0);
    expect(secondsLeft(jwt({ sub: 'x' }), 0, 0)).toBe(0);
    expect(secondsLeft('not-a-jwt', 0, 0)).toBe(0);
    expect(secondsLeft('h.%%%.s', 0, 0)).toBe(0);
  });
});

describe('tokenPayload', () => {
  it('decodes UTF-8 claims', () => {
    expect(tokenPayload(jwt({ name: '溪口网格员', exp: 5 }))).toEqual({ name: '溪口网格员', exp: 5 });
  });
  it('gives undefined for what is not a JWT', () => {
    expect(tokenPayload('abc')).toBeUndefined();
    expect(tokenPayload(`h.${base64url('42')}.s`)).toBeUndefined();
  });
});
