/** The answer of one tRPC call made over plain HTTP, as an outside client sees it. */
export interface RawAnswer {
  /** 0: no answer (the connection failed). */
  status: number;
  code: string | undefined;
  body: string;
  json: unknown;
  error?: string;
}

export interface CallCounter {
  resets: number;
}

/**
 * Calls a procedure the way any HTTP client would (a query's input in the URL, a mutation's in
 * the body). A connection found closed when reused (an idle keep-alive socket the server had just
 * closed) is retried once and counted.
 */
export async function rawCall(apiUrl: string, path: string, type: string, input: unknown, headers: Record<string, string>, counter?: CallCounter): Promise<RawAnswer> {
  const first = await callOnce(apiUrl, path, type, input, headers);
  if (first.status !== 0 || !/ECONNRESET|other side closed/.test(first.error ?? '')) return first;
  if (counter) counter.resets++;
  return callOnce(apiUrl, path, type, input, headers);
}

async function callOnce(apiUrl: string, path: string, type: string, input: unknown, headers: Record<string, string>): Promise<RawAnswer> {
  const body = input === undefined ? undefined : JSON.stringify(input);
  let res: Response;
  try {
    res =
      type === 'query'
        ? await fetch(`${apiUrl}/trpc/${path}${body === undefined ? '' : `?input=${encodeURIComponent(body)}`}`, { headers })
        : await fetch(`${apiUrl}/trpc/${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body }) });
  } catch (error) {
    return { status: 0, code: undefined, body: '', json: null, error: String((error as Error).cause ?? error) };
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the assertion messages.
  }
  const code = (json as { error?: { data?: { code?: string } } } | null)?.error?.data?.code;
  return { status: res.status, code, body: text, json };
}

/** Runs the tasks with at most `limit` at a time (the API and PostgreSQL share two cores with the test). */
export async function pooled<T>(tasks: Array<() => Promise<T>>, limit = 6): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}
