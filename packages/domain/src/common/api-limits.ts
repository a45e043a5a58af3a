/**
 * Calls the API takes in one batched HTTP request by default (the server's `maxBatchCalls`);
 * the apps' batch link splits larger batches (a page of many small queries) at this size.
 */
export const DEFAULT_MAX_BATCH_CALLS = 20;
