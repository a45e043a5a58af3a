import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GRID_EVENT_LIST_ORDER } from '../src/routers/grid-events';
import { SUGGESTION_LIST_ORDER } from '../src/routers/suggestions/query';
import { startTestStack, type TestStack } from './harness';

/**
 * The office's work lists open in their default order, and an index in that very order lets the
 * first page stop after its rows instead of sorting the township's every row
 * (migration list_default_order_indexes). A changed order without its index would quietly be slow.
 */
let stack: TestStack;
let owner: pg.Client;

beforeAll(async () => {
  stack = await startTestStack();
  owner = new pg.Client({ connectionString: stack.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await stack?.close();
});

type OrderBy = Record<string, 'asc' | 'desc' | { sort: 'asc' | 'desc'; nulls: 'first' | 'last' }>;

/** An orderBy as an index's column list prints it (PostgreSQL leaves out ASC and its default NULLS LAST, and DESC's NULLS FIRST). */
function indexColumns(orderBy: readonly OrderBy[]): string {
  return orderBy
    .map((entry) => {
      const [column, how] = Object.entries(entry)[0]!;
      const name = /^[a-z_]+$/.test(column) ? column : `"${column}"`;
      const { sort, nulls } = typeof how === 'string' ? { sort: how, nulls: how === 'desc' ? 'first' : 'last' } : how;
      const defaultNulls = sort === 'desc' ? 'first' : 'last';
      return `${name}${sort === 'desc' ? ' DESC' : ''}${nulls === defaultNulls ? '' : ` NULLS ${nulls.toUpperCase()}`}`;
    })
    .join(', ');
}

async function indexDef(name: string): Promise<string> {
  const { rows } = await owner.query<{ def: string }>(`SELECT pg_get_indexdef($1::regclass) AS def`, [`"${name}"`]);
  return rows[0]!.def;
}

it('has an index in the grid events’ default list order', async () => {
  expect(await indexDef('GridEvent_list_order_idx')).toContain(`("tenantId", ${indexColumns(GRID_EVENT_LIST_ORDER as OrderBy[])})`);
});

it('has an index in the suggestions’ default list order', async () => {
  expect(await indexDef('Suggestion_list_order_idx')).toContain(`("tenantId", ${indexColumns(SUGGESTION_LIST_ORDER as OrderBy[])})`);
});
