import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

/**
 * Prisma's schema engine compiled to Wasm: migrations without the native binary that the
 * CLI would download (see ../shared/ENGINEERING.md). The package is built for bundlers,
 * so it is instantiated by hand once per process.
 */
let ready: Promise<void> | undefined;

// Node has WebAssembly; its types live in TypeScript's DOM lib, which this package leaves out.
const wasmRuntime = (globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
}).WebAssembly;

function instantiate(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@prisma/schema-engine-wasm'));
    const wasm = readFileSync(join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await wasmRuntime.instantiate(wasm, { './schema_engine_bg.js': bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return ready;
}

export type SchemaEngine = Awaited<ReturnType<typeof bindings.SchemaEngine.new>>;

export async function openSchemaEngine(schemaFiles: readonly string[], connectionString: string): Promise<SchemaEngine> {
  await instantiate();
  const config = poolConfig(connectionString);
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(new PrismaPg(config)));
  const log = (message: string) => {
    if (process.env.PRISMA_DEBUG) console.error('[schema-engine]', message);
  };
  const datamodels = schemaFiles.map((file) => [file, readFileSync(file, 'utf8')]);
  return bindings.SchemaEngine.new({ datamodels } as never, log, adapter);
}

/**
 * Separate fields rather than a connection string: the adapter derives other databases'
 * settings with `{ ...config, database }`, which a connection string would override.
 */
function poolConfig(connectionString: string) {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
  };
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks
 * dollar-quoted function bodies. PostgreSQL's simple query protocol runs a whole
 * multi-statement script as is, so hand the script over in one piece.
 */
function wholeScriptAdapter(factory: PrismaPg): PrismaPg {
  type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
  const patch = (adapter: Adapter) => {
    const client = (adapter as unknown as { client: { query(sql: string): Promise<unknown> } }).client;
    adapter.executeScript = async (script: string) => {
      try {
        await client.query(script);
      } catch (error) {
        // The engine reports only "external connector error": say what PostgreSQL said.
        console.error(`Migration script failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patch(await connect());
  return factory;
}

export const noFilters = { externalTables: [], externalEnums: [] };
