import { Timeline, Typography } from 'antd';
import { WORK_FIELD_LABELS, fieldLabel, type BilingualMessage } from '@pcs/domain';
import { useFormatInstant, useLanguage } from '@pcs/ui';
import type { TimelineEntry } from './types';

export interface WorkflowTimelineProps {
  entries: readonly TimelineEntry[];
  actionLabel: (action: string) => BilingualMessage | undefined;
  actorLabel: (actor: string) => BilingualMessage | undefined;
  /** Turns a recorded value into text (enums to their labels); plain text otherwise. */
  formatValue?: (field: string, value: unknown) => string | null;
  testId?: string;
}

const HIDDEN_FIELDS = new Set(['deputyId', 'mergedIntoId', 'rectificationId', 'activityId', 'roundsLeft', 'assignee']);

function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).join('、');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return value == null ? '' : String(value);
}

/** Every step of a workflow in order: what, who (and on whose behalf), when, and what was recorded. */
export function WorkflowTimeline({ entries, actionLabel, actorLabel, formatValue, testId = 'workflow-timeline' }: WorkflowTimelineProps) {
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  return (
    <div data-testid={testId}>
      <Timeline
        items={entries.map((entry) => {
          const details = Object.entries(entry.data).filter(([field, value]) => !HIDDEN_FIELDS.has(field) && value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
          const color = entry.action === 'mark_overdue' ? 'red' : entry.action === 'urge' ? 'orange' : entry.toState === 'closed' || entry.toState === 'verified' ? 'green' : 'blue';
          return {
            key: entry.id,
            color,
            content: (
              <div data-testid="timeline-entry" data-action={entry.action}>
                <Typography.Text strong>{pick(actionLabel(entry.action) ?? { zh: entry.action, en: entry.action })}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {formatInstant(entry.at)} · {entry.actorName}
                  {actorLabel(entry.actorKind) ? `（${pick(actorLabel(entry.actorKind)!)}）` : ''}
                </Typography.Text>
                {details.length > 0 && (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                    {details.map(([field, value]) => (
                      <li key={field}>
                        <Typography.Text type="secondary">{pick(fieldLabel([field], WORK_FIELD_LABELS))}：</Typography.Text>
                        {formatValue?.(field, value) ?? (typeof value === 'boolean' ? pick(value ? { zh: '是', en: 'Yes' } : { zh: '否', en: 'No' }) : plain(value))}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
