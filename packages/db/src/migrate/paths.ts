import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const schemaPath = join(root, 'prisma', 'schema.prisma');
export const migrationsDir = join(root, 'prisma', 'migrations');
/** The schema as of the newest generated migration; the next migration is the diff from it. */
export const migratedSchemaSnapshot = join(migrationsDir, 'schema.snapshot.prisma');
