/** The API's settings, all from the environment (12-factor); see README "Configuration". */
export interface ApiConfig {
  port: number;
  databaseUrl: string;
  issuer: string;
  jwksUri: string;
  audience: string;
  allowedOrigins: string[];
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is required`);
  return value;
}

export function loadConfig(): ApiConfig {
  const issuer = required('AUTH_ISSUER');
  return {
    port: Number(process.env.PORT ?? 4000),
    databaseUrl: required('DATABASE_APP_URL'),
    issuer,
    jwksUri: process.env.AUTH_JWKS_URL ?? `${issuer}/protocol/openid-connect/certs`,
    audience: process.env.AUTH_AUDIENCE ?? 'pcs-api',
    allowedOrigins: (process.env.CORS_ORIGINS ?? 'http://localhost:5173,http://localhost:5174').split(',').map((o) => o.trim()),
  };
}
