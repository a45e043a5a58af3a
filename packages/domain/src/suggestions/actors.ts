import type { WorkflowViewer } from '../workflow/viewer';
import type { SuggestionComplexity } from './suggestion';
import type { SuggestionActor } from './workflow';

/** An assignment in force: which unit or department handles the suggestion, as lead or co-handler. */
export interface ActiveAssignment {
  role: 'lead' | 'co';
  handlingUnitId: string | null;
  departmentId: string | null;
}

/** The workflow roles a viewer plays on one suggestion: a handler is lead or co-handler through its assignments in force, a deputy signer when they signed it. */
export function suggestionActorsOf(viewer: WorkflowViewer, assignments: readonly ActiveAssignment[], signerIds: readonly string[] = []): SuggestionActor[] {
  if (viewer.kind === 'office') return ['office'];
  if (viewer.kind === 'deputy') return signerIds.includes(viewer.deputyId) ? ['signer'] : [];
  if (viewer.kind === 'county') return ['county'];
  if (viewer.kind === 'system') return ['system'];
  const mine = assignments.filter((a) =>
    viewer.kind === 'units' ? a.handlingUnitId !== null && viewer.handlingUnitIds.includes(a.handlingUnitId) : a.departmentId === viewer.departmentId,
  );
  const actors: SuggestionActor[] = [];
  if (mine.some((a) => a.role === 'lead')) actors.push('lead_handler');
  if (mine.some((a) => a.role === 'co')) actors.push('co_handler');
  return actors;
}

/** The rule that sets a suggestion's reply deadline: complex ones get the longer term (3 or 6 months). */
export const suggestionReplyDueRule = (complexity: SuggestionComplexity) =>
  complexity === 'complex' ? ('suggestion.reply_due_complex_months' as const) : ('suggestion.reply_due_standard_months' as const);
