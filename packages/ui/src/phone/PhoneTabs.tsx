import type { KeyboardEvent } from 'react';

/**
 * One section at a time (antd's Segmented for the kit): a tab list whose arrow keys move the
 * choice, as the ARIA tabs pattern says.
 */
export function PhoneTabs<V extends string>({ value, onChange, options, label, testId }: { value: V; onChange: (value: V) => void; options: ReadonlyArray<{ value: V; label: string }>; label: string; testId?: string }) {
  const move = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = options[(index + step + options.length) % options.length];
    if (next) onChange(next.value);
  };
  return (
    <div className="pk-tabs" role="tablist" aria-label={label} data-testid={testId}>
      {options.map((o, i) => (
        <button key={o.value} type="button" role="tab" aria-selected={o.value === value} tabIndex={o.value === value ? 0 : -1} onClick={() => onChange(o.value)} onKeyDown={(e) => move(e, i)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
