import type { CSSProperties } from 'react';

const CENTERED: CSSProperties = { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 12 };

/**
 * A spinner without antd (the first download of the township app carries no antd, decision 78):
 * an SVG arc turned by SMIL, so it needs no style sheet; the label is read by screen readers and
 * shown under the arc when given.
 */
export function Spinner({ label, size = 32, minHeight, testId }: { label?: string; size?: number; minHeight?: CSSProperties['minHeight']; testId?: string }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId} style={{ ...CENTERED, minHeight }}>
      <svg width={size} height={size} viewBox="0 0 50 50" aria-hidden focusable="false">
        <circle cx="25" cy="25" r="20" fill="none" stroke="#e6f4ff" strokeWidth="5" />
        <path d="M25 5 a20 20 0 0 1 20 20" fill="none" stroke="#1677ff" strokeWidth="5" strokeLinecap="round">
          <animateTransform attributeName="transform" type="rotate" from="0 25 25" to="360 25 25" dur="0.9s" repeatCount="indefinite" />
        </path>
      </svg>
      {label ? <span style={{ color: 'rgba(0,0,0,0.65)', fontSize: 14 }}>{label}</span> : null}
    </div>
  );
}
