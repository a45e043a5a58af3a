/** A path into a procedure's input: object keys and array indexes. */
export type Path = Array<string | number>;

/** Paths to every UUID-shaped string in a sample input: the ID fields. */
export function idPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return /^[0-9a-f-]{36}$/i.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => idPaths(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => idPaths(v, [...path, k]));
  return [];
}

/** A copy of `base` with the value at `path` replaced. */
export function withValue(base: unknown, path: Path, value: string): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path;
  copy[head!] = withValue(copy[head!], rest, value);
  return copy;
}
