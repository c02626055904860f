import { useEffect, useState } from 'react';
import { isTextField } from '../doc/useUndo.ts';
import { useT } from '../i18n/index.ts';
import { type Toast, useBoardUi } from '../state/boardUi.ts';

const TOAST_MS = 10_000;
/** Runs the newest toast's action (its Undo) from anywhere but a text field. */
const ACTION_SHORTCUT = 'Alt+Z';

/**
 * Short confirmations ("Note deleted — Undo") in a polite live region at the bottom. A toast
 * stays while the pointer or focus is on it (WCAG 2.2.1), and its action has a shortcut, so a
 * keyboard user need not tab through the whole board to reach it.
 */
export function Toasts() {
  const t = useT();
  const toasts = useBoardUi((state) => state.toasts);
  const [region, setRegion] = useState<HTMLElement | null>(null);
  useActionShortcut(toasts);
  useKeepFocusClear(region);
  return (
    <section className="toasts" aria-label={t('toast.region')} ref={setRegion}>
      <div role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </div>
    </section>
  );
}

function useActionShortcut(toasts: readonly Toast[]): void {
  const dismiss = useBoardUi((state) => state.dismissToast);
  useEffect(() => {
    const newest = toasts.findLast((toast) => toast.action);
    if (!newest?.action) return;
    const { action } = newest;
    const onKeyDown = (event: KeyboardEvent) => {
      const plainAlt = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (!plainAlt || event.code !== 'KeyZ' || isTextField(event.target)) return;
      event.preventDefault();
      action.run();
      dismiss(newest.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toasts, dismiss]);
}

function ToastItem({ toast }: { toast: Toast }) {
  const t = useT();
  const dismiss = useBoardUi((state) => state.dismissToast);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const held = useHeld(element);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id, held]);
  return (
    <div className="toast" ref={setElement}>
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          aria-keyshortcuts={ACTION_SHORTCUT}
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label} <kbd className="toast__shortcut">{ACTION_SHORTCUT}</kbd>
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

/** Whether the pointer or the focus is on `element`: a toast is not taken away from under either. */
function useHeld(element: HTMLElement | null): boolean {
  const [pointerOn, setPointerOn] = useState(false);
  const [focusOn, setFocusOn] = useState(false);
  useEffect(() => {
    if (!element) return;
    const listeners: [string, (event: Event) => void][] = [
      ['pointerenter', () => setPointerOn(true)],
      ['pointerleave', () => setPointerOn(false)],
      ['focusin', () => setFocusOn(true)],
      ['focusout', (event) => setFocusOn(element.contains((event as FocusEvent).relatedTarget as Node | null))],
    ];
    for (const [type, listener] of listeners) element.addEventListener(type, listener);
    // Focus or the pointer may have arrived before the listeners (effects run after the paint).
    setFocusOn(element.contains(document.activeElement));
    setPointerOn(element.matches(':hover'));
    return () => {
      for (const [type, listener] of listeners) element.removeEventListener(type, listener);
    };
  }, [element]);
  return pointerOn || focusOn;
}

/**
 * While toasts show, the page scrolls what gets focus clear of them (WCAG 2.4.11): `--toast-room`
 * (base.css) is their height, as the root's scroll padding, which focusing respects, and as room
 * below the page's last controls.
 */
function useKeepFocusClear(region: HTMLElement | null): void {
  useEffect(() => {
    if (!region) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const height = region.getBoundingClientRect().height;
      root.style.setProperty('--toast-room', height > 0 ? `${Math.ceil(height) + 16}px` : '0px');
    });
    observer.observe(region);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--toast-room');
    };
  }, [region]);
}
