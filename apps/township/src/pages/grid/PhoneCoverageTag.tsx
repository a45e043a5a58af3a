import type { PatrolCoverage } from '@pcs/domain';
import { PhoneTag } from '@pcs/ui';
import { useCoverageTexts } from './coverageTexts';

const COLORS = { met: 'green', short: 'red', on_track: 'blue', not_configured: 'default' } as const;

/** CoverageTag for the phone kit: no hover on a phone, so the rule and counts are a line under the tag. */
export function PhoneCoverageTag({ coverage, label, testId }: { coverage: PatrolCoverage; label: string; testId?: string }) {
  const { text, detail } = useCoverageTexts(coverage, label);
  return (
    <div>
      <span data-testid={testId} data-status={coverage.status}>
        <PhoneTag color={COLORS[coverage.status]}>{text}</PhoneTag>
      </span>
      <div className="pk-muted" style={{ fontSize: 13 }}>
        {detail}
      </div>
    </div>
  );
}
