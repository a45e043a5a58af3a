import type { ReactNode } from 'react';

export type PhoneTagColor = 'default' | 'blue' | 'geekblue' | 'green' | 'orange' | 'red';

/** A small label (a state, a kind, a risk level), in antd's tag colours. */
export function PhoneTag({ color = 'default', children, testId }: { color?: PhoneTagColor; children: ReactNode; testId?: string }) {
  return (
    <span className={color === 'default' ? 'pk-tag' : `pk-tag pk-tag-${color}`} data-testid={testId}>
      {children}
    </span>
  );
}
