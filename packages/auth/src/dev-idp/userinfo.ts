import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdpContext } from './context';
import { sendJson } from './http';

/** GET|POST protocol/openid-connect/userinfo with `Authorization: Bearer <access token>`. */
export async function handleUserinfo(
  ctx: IdpContext,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  const refuse = (description: string) =>
    sendJson(res, 401, { error: 'invalid_token', error_description: description }, {
      ...cors,
      'WWW-Authenticate': `Bearer realm="${ctx.realm}", error="invalid_token", error_description="${description}"`,
    });

  // Scheme is case-insensitive: keycloak-js sends "bearer".
  const token = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return refuse('Missing bearer token');
  let claims;
  try {
    claims = await ctx.keys.verify(token, ctx.issuer, Math.floor(ctx.now() / 1000));
  } catch {
    return refuse('Token verification failed');
  }
  if (claims.typ !== 'Bearer') return refuse('Not an access token');
  // As in Keycloak, userinfo answers only while the login session lives (logout revokes it).
  const session = ctx.state.liveSession(typeof claims.sid === 'string' ? claims.sid : undefined);
  const user = session && ctx.users.getById(session.userId);
  if (!user || !user.enabled) return refuse('User session not found or user disabled');

  sendJson(
    res,
    200,
    {
      sub: user.id,
      preferred_username: user.username,
      name: user.displayName,
      email: user.email,
      tenant: user.tenantCodes,
    },
    cors,
  );
}
