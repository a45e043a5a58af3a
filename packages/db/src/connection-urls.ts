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

/**
 * The job queue's database beside an application database: the same server, its own database
 * `<name>_jobs` (docs/jobs.md). pg-boss makes its schema and partitions there at run time, never
 * in the application's (distributed) database.
 */
export function jobsDatabaseUrl(appUrl: string): string {
  const url = new URL(appUrl);
  return withDatabase(appUrl, `${decodeURIComponent(url.pathname.slice(1)) || 'postgres'}_jobs`);
}
