import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * Form rows of the kit: a label above its control, the control as wide as the screen and 44 px
 * high, native controls (the phone's own pickers for choices, dates and the camera).
 */
export function PhoneField({ label, required, error, children, id }: { label: ReactNode; required?: boolean; error?: ReactNode; id: string; children: ReactNode }) {
  return (
    <div className="pk-field">
      <label htmlFor={id} className={required ? 'pk-field-label pk-field-required' : 'pk-field-label'}>
        {label}
      </label>
      {children}
      {error ? (
        <div className="pk-field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function PhoneInput({ testId, ...rest }: Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { testId?: string }) {
  return <input {...rest} className="pk-input" data-testid={testId} />;
}

export function PhoneTextArea({ testId, ...rest }: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> & { testId?: string }) {
  return <textarea {...rest} className="pk-input" data-testid={testId} />;
}

/** A native select: the phone shows its own picker. `placeholder` is a first, empty choice. */
export function PhoneSelect<V extends string>({
  value,
  onChange,
  options,
  placeholder,
  testId,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className' | 'value' | 'onChange'> & {
  value: V | undefined;
  onChange: (value: V) => void;
  options: ReadonlyArray<{ value: V; label: string }>;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <select {...rest} className="pk-input" value={value ?? ''} onChange={(e) => onChange(e.target.value as V)} data-testid={testId}>
      {value === undefined && <option value="">{placeholder ?? ''}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A checkbox with its label as one large touch target. */
export function PhoneCheckbox({ checked, onChange, children, testId }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode; testId?: string }) {
  return (
    <label className="pk-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</span>
    </label>
  );
}
