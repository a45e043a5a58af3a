/** The application role's URL on the same server and database as the owner's URL. */
export function appRoleUrl(ownerUrl: string, password = process.env.PCS_APP_PASSWORD ?? 'pcs_app'): string {
  const url = new URL(ownerUrl);
  url.username = 'pcs_app';
  url.password = password;
  return url.toString();
}

export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}
