import { Tag, Tooltip } from 'antd';
import type { PatrolCoverage } from '@pcs/domain';
import { useCoverageTexts } from './coverageTexts';

const COLORS = { met: 'green', short: 'red', on_track: 'blue', not_configured: 'default' } as const;

/** One period's patrol coverage: its status against the rule, and the counts behind it on hover and beside it. */
export function CoverageTag({ coverage, label, testId }: { coverage: PatrolCoverage; label: string; testId?: string }) {
  const { text, detail } = useCoverageTexts(coverage, label);
  return (
    <Tooltip title={detail}>
      <Tag color={COLORS[coverage.status]} data-testid={testId} data-status={coverage.status} style={{ marginInlineEnd: 0 }}>
        {text}
      </Tag>
    </Tooltip>
  );
}
