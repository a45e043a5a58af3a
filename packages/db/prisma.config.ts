import { defineConfig } from 'prisma/config';

// Used by `prisma generate` only; migrations run through the Wasm schema engine (src/migrate).
export default defineConfig({
  schema: 'prisma/schema',
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
