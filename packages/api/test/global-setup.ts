import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '@pcs/db';
import { dropDatabase, ensurePostgres, prepareDatabase } from '@pcs/db/server';
import { loadDemo } from '../src/demo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Owner URL of the PostgreSQL server the integration tests use. */
    postgresAdminUrl: string;
    /** A database migrated and loaded with the demo county once per run; each test file copies it. */
    demoTemplate: string;
  }
}

const repoRoot = new URL('../../../', import.meta.url).pathname;

/**
 * Once per integration run: find PostgreSQL (TEST_DATABASE_URL, the server on 127.0.0.1:5432,
 * else an embedded one), migrate a template database and load the demo county into it through
 * the API's own services. Test files then start from a copy (CREATE DATABASE … TEMPLATE), which
 * takes a moment instead of a full demo load per file.
 */
export default async function setup(project: TestProject) {
  const postgres = await ensurePostgres({
    url: process.env.TEST_DATABASE_URL,
    fallbackUrl: 'postgresql://postgres@127.0.0.1:5432/postgres',
    dataDir: join(repoRoot, '.data', 'pg-test'),
    port: 5434,
  });
  const template = `pcs_template_${randomBytes(4).toString('hex')}`;
  const prepared = await prepareDatabase(postgres.adminUrl, template);
  const ownerDb = createDb(prepared.ownerUrl, { max: 3 });
  try {
    await loadDemo(ownerDb);
  } finally {
    await ownerDb.$disconnect();
  }
  project.provide('postgresAdminUrl', postgres.adminUrl);
  project.provide('demoTemplate', template);
  return async () => {
    await dropDatabase(postgres.adminUrl, template);
    await postgres.stop();
  };
}
