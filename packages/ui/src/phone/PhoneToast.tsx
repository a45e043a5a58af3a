import { useSyncExternalStore } from 'react';

type ToastKind = 'success' | 'error' | 'info';
interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}

// One list for the page: a screen says what happened, the host (in PhonePage) shows it for a few seconds.
let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function show(kind: ToastKind, text: string, ms = 4_000): void {
  const id = nextId++;
  toasts = [...toasts, { id, kind, text }];
  emit();
  setTimeout(() => {
    toasts = toasts.filter((t) => t.id !== id);
    emit();
  }, ms);
}

/** Short messages over a phone screen (antd's `message` for the kit): `phoneToast.success(text)`. */
export const phoneToast = {
  success: (text: string) => show('success', text),
  error: (text: string) => show('error', text, 6_000),
  info: (text: string) => show('info', text),
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** Where the toasts appear; screen readers hear each one (a live region). */
export function PhoneToasts() {
  const list = useSyncExternalStore(subscribe, () => toasts, () => toasts);
  return (
    <div className="pk-toasts" aria-live="polite">
      {list.map((toast) => (
        <div key={toast.id} className={`pk-toast pk-toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="phone-toast">
          {toast.text}
        </div>
      ))}
    </div>
  );
}
