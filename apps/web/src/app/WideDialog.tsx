import { type ReactNode, useEffect, useRef } from 'react';
import './wideDialog.css';

type Props = {
  /** The dialog's own class beside `wide-dialog` (its width, its body's layout). */
  className: string;
  headingId: string;
  heading: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A wide modal `<dialog>` (print and export, photographing a paper table): the browser keeps
 * focus inside and Escape closes it; its heading and close button stay at the top while its body
 * scrolls; full screen on a phone. The opener takes focus back on close.
 */
export function WideDialog({ className, headingId, heading, closeLabel, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`wide-dialog ${className}`}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="wide-dialog__head">
        <h2 id={headingId}>{heading}</h2>
        <button type="button" className="button--quiet" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}
