/**
 * Runs a record's workflow steps in order through one step procedure (`campaigns.step`,
 * `countyAppraisal.campaigns.step`, …), each with the version the previous one answered; the last version.
 */
export async function steps(run: (input: { id: string; version: number; action: never; payload: never }) => Promise<{ version: number }>, id: string, version: number, actions: Array<[string, Record<string, unknown>?]>) {
  let v = version;
  for (const [action, payload] of actions) v = (await run({ id, version: v, action: action as never, payload: (payload ?? {}) as never })).version;
  return v;
}
