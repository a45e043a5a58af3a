import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
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
    readCharColumns(adapter);
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patch(await connect());
  return factory;
}

/**
 * PostgreSQL's one-byte "char" type (pg_constraint.contype and other catalogue columns)
 * is unknown to @prisma/adapter-pg, so reading a live database's schema failed: the
 * engine expects such columns typed as Character. Done per adapter, nothing global.
 */
function readCharColumns(adapter: Awaited<ReturnType<PrismaPg['connect']>>) {
  type Field = { dataTypeID: number };
  const io = adapter as unknown as { performIO(query: object): Promise<{ fields: Field[] }> };
  const performIO = io.performIO.bind(adapter);
  const charColumns = new WeakMap<object, number[]>();
  io.performIO = async (query) => {
    const result = await performIO(query);
    const found = result.fields.flatMap((field, i) => (field.dataTypeID === PG_CHAR_OID ? [i] : []));
    for (const i of found) result.fields[i]!.dataTypeID = PG_TEXT_OID;
    charColumns.set(query, found);
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
}
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Tables that hand-written migrations create and the Prisma schema does not describe; the
 * engine leaves them alone when it compares a database with the schema. Name every such
 * table here, or the drift check reports it as a table to drop.
 */
export const handWrittenTables = ['AuditChainHead'];

export const schemaFilters = { externalTables: handWrittenTables.map((table) => `public.${table}`), externalEnums: [] };
