import type { DevUser } from './types';
import { TENANT_ATTRIBUTE } from './user-representation';

type Match = (value: string | undefined) => boolean;

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/**
 * The filter of `GET users` and `GET users/count`, following Keycloak's rules:
 * - `username`, `email`, `firstName`, `lastName`: substring match, or equality with `exact=true`;
 * - `search`: prefix match on username, e-mail and names; `*foo*` is a substring match and
 *   `"foo"` an exact one;
 * - `enabled`: true/false;
 * - `q`: `key:value` pairs, space-separated, matched exactly against attributes (only `tenant` exists here).
 * All comparisons ignore case, as Keycloak stores usernames and e-mails in lower case.
 */
export function userFilter(q: URLSearchParams): (user: DevUser) => boolean {
  const tests: Array<(user: DevUser) => boolean> = [];
  const exact = q.get('exact') === 'true';
  const field = (name: string, read: (u: DevUser) => string | undefined) => {
    const wanted = q.get(name);
    if (wanted === null || wanted === '') return;
    const match = exact ? equals(wanted) : contains(wanted);
    tests.push((u) => match(read(u)));
  };
  field('username', (u) => u.username);
  field('email', (u) => u.email);
  field('firstName', (u) => u.displayName);
  // The dev user keeps one display name, held as Keycloak's first name; it has no last name.
  field('lastName', () => undefined);

  const search = q.get('search')?.trim();
  if (search && search !== '*') {
    const match = searchMatch(search);
    tests.push((u) => [u.username, u.email, u.displayName].some(match));
  }
  const enabled = q.get('enabled');
  if (enabled === 'true' || enabled === 'false') tests.push((u) => u.enabled === (enabled === 'true'));

  for (const pair of (q.get('q') ?? '').split(/\s+/).filter(Boolean)) {
    const colon = pair.indexOf(':');
    const key = colon < 0 ? pair : pair.slice(0, colon);
    const value = colon < 0 ? '' : pair.slice(colon + 1);
    tests.push((u) => key === TENANT_ATTRIBUTE && u.tenantCodes.some(equals(value)));
  }
  return (user) => tests.every((test) => test(user));
}

function searchMatch(search: string): Match {
  if (search.length > 1 && search.startsWith('"') && search.endsWith('"')) return equals(search.slice(1, -1));
  if (search.startsWith('*')) return contains(search.replaceAll('*', ''));
  return startsWith(search.replace(/\*$/, ''));
}

const equals = (wanted: string): Match => (v) => v !== undefined && lower(v) === lower(wanted);
const contains = (wanted: string): Match => (v) => v !== undefined && lower(v).includes(lower(wanted));
const startsWith = (wanted: string): Match => (v) => v !== undefined && lower(v).startsWith(lower(wanted));
