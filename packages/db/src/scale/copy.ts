import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null | readonly string[];

/** One value in PostgreSQL's COPY text format (`\N` for null, backslash escapes, `{a,b}` arrays). */
function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (Array.isArray(value)) return `{${value.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`.replace(/\\/g, '\\\\');
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * Streams rows into a table with COPY … FROM STDIN: the fastest way PostgreSQL loads data,
 * with backpressure (rows are produced as the server takes them, never all held in memory).
 * Returns the number of rows written.
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  let count = 0;
  function* chunks() {
    let buffer: string[] = [];
    for (const row of rows) {
      buffer.push(row.map(field).join('\t'));
      count += 1;
      if (buffer.length === 2000) {
        yield `${buffer.join('\n')}\n`;
        buffer = [];
      }
    }
    if (buffer.length) yield `${buffer.join('\n')}\n`;
  }
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
  return count;
}
