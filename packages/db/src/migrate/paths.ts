import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The schema is split by area: one .prisma file per domain in prisma/schema/. */
export const schemaDir = join(root, 'prisma', 'schema');
export const migrationsDir = join(root, 'prisma', 'migrations');

export function schemaFiles(): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.prisma'))
    .sort()
    .map((name) => join(schemaDir, name));
}
