import type { ReactNode } from 'react';
import { Spinner } from '../shell/Spinner';

/** A list of rows; shows a spinner while loading and `empty` when there is nothing. */
export function PhoneList<T>({ items, loading, empty, render, testId }: { items: readonly T[] | undefined; loading?: boolean; empty: ReactNode; render: (item: T) => ReactNode; testId?: string }) {
  if (loading && !items?.length) return <Spinner size={24} minHeight={64} />;
  if (!items?.length) return <div className="pk-empty" data-testid={testId ? `${testId}-empty` : undefined}>{empty}</div>;
  return (
    <ul className="pk-list" data-testid={testId}>
      {items.map(render)}
    </ul>
  );
}

/** One row: a title, a line under it, and something on the right (a button, a tag). */
export function PhoneListItem({ title, description, extra, testId }: { title: ReactNode; description?: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <li className="pk-item" data-testid={testId}>
      <div className="pk-item-main">
        <div className="pk-item-title">{title}</div>
        {description ? <div className="pk-item-desc">{description}</div> : null}
      </div>
      {extra}
    </li>
  );
}
