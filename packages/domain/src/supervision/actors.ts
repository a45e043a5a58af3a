import type { WorkflowViewer } from '../workflow/viewer';
import type { RectificationSource } from './rectification';
import type { RectificationActor } from './workflows';

/** The workflow roles a viewer plays on a rectification task: the responsible unit (or department) is its handler. */
export function rectificationActorsOf(viewer: WorkflowViewer, task: { handlingUnitId: string | null; departmentId: string | null }): RectificationActor[] {
  switch (viewer.kind) {
    case 'office':
      return ['office'];
    case 'county':
      return ['county'];
    case 'system':
      return ['system'];
    case 'units':
      return task.handlingUnitId && viewer.handlingUnitIds.includes(task.handlingUnitId) ? ['handler'] : [];
    case 'department':
      return task.departmentId === viewer.departmentId ? ['handler'] : [];
    case 'deputy':
      return [];
  }
}

/** The rule that sets a new task's default deadline, by where the task comes from. */
export function rectificationDueRule(source: RectificationSource) {
  switch (source) {
    case 'deliberation_opinion':
      return 'supervision.deliberation_reply_days' as const;
    case 'petition':
      return 'supervision.petition_due_days' as const;
    case 'finding':
      return 'supervision.rectification_due_days' as const;
  }
}
