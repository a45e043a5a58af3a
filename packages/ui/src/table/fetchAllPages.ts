/** The most rows the API returns in one page (listQuerySchema's cap). */
export const MAX_PAGE_SIZE = 500;

/** Reads every page of a server-paged list, for the Excel export of everything the filters match. */
export async function fetchAllPages<T>(load: (page: number, pageSize: number) => Promise<{ items: readonly T[]; total: number }>): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const result = await load(page, MAX_PAGE_SIZE);
    rows.push(...result.items);
    if (result.items.length < MAX_PAGE_SIZE || rows.length >= result.total) return rows;
  }
}
