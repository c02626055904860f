import { useEffect } from 'react';
import { useT } from '../i18n/index.ts';
import { type Toast, useBoardUi } from '../state/boardUi.ts';

const TOAST_MS = 10_000;

/** Short confirmations ("Note deleted — Undo") in a polite live region at the bottom. */
export function Toasts() {
  const t = useT();
  const toasts = useBoardUi((state) => state.toasts);
  return (
    <section className="toasts" aria-label={t('toast.region')}>
      <div role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </div>
    </section>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const t = useT();
  const dismiss = useBoardUi((state) => state.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id]);
  return (
    <div className="toast">
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="toast__dismiss"
        aria-label={t('toast.dismiss')}
        onClick={() => dismiss(toast.id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
