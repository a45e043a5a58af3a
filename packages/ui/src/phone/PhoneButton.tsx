import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Spinner } from '../shell/Spinner';

export interface PhoneButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  kind?: 'primary' | 'default' | 'text';
  size?: 'small' | 'middle' | 'large';
  block?: boolean;
  loading?: boolean;
  icon?: ReactNode;
  testId?: string;
}

/** A button with a large touch target (44 px, 48 px large); `loading` disables it and shows a small spinner. */
export function PhoneButton({ kind = 'default', size = 'middle', block, loading, icon, testId, children, disabled, type = 'button', ...rest }: PhoneButtonProps) {
  const className = ['pk-btn', kind !== 'default' && `pk-btn-${kind}`, size !== 'middle' && `pk-btn-${size}`, block && 'pk-btn-block'].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={className} disabled={disabled || loading} aria-busy={loading || undefined} data-testid={testId}>
      {loading ? <Spinner size={16} /> : icon ? <span aria-hidden>{icon}</span> : null}
      {children}
    </button>
  );
}
