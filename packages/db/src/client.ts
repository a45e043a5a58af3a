import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { preparedStatementNames } from './plan-cache';

export type Db = PrismaClient;

export interface DbOptions {
  max?: number;
  /** Hears every statement the client sends, with its bind values (tests that check the SQL itself). */
  onQuery?: (sql: string, params: string) => void;
}

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  // Statements on the partitioned tables, and those marked PREPARED, are prepared: planned once per connection (plan-cache.ts).
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 }, { statementNameGenerator: preparedStatementNames() as (query: { sql: string }) => string });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const listen = options.onQuery;
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => listen(event.query, event.params));
  return client as unknown as Db;
}
