/**
 * Who is looking at a workflow item, and so what they may see and which roles they play: the
 * whole township (office), items assigned to their units (township handler) or department
 * (county department handler), the county's townships (county standing committee), or the
 * deadline sweep (system). Suggestions, rectification tasks and petitions share it.
 */
export type WorkflowViewer =
  | { kind: 'office' }
  /**
   * `userId`: items of the person themself too (grid events they reported or were dispatched to);
   * `headOfGridIds`: the grids they head (网格长, deputy head), whose events they accept and verify.
   */
  | { kind: 'units'; handlingUnitIds: string[]; userId?: string; headOfGridIds?: string[] }
  | { kind: 'department'; departmentId: string }
  | { kind: 'county' }
  /** A signed-in deputy: the suggestions they lead or co-signed. */
  | { kind: 'deputy'; deputyId: string }
  | { kind: 'system' };
