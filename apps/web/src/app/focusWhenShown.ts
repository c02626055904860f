/**
 * The keyboard's place in a form that replaces the control which opened it, as a ref: called
 * when the element is added. (React's `autoFocus` focused on mount; Preact, which runs the app,
 * only sets the attribute, which a browser honours at page load alone.) Stable, so it is not
 * called again on later renders.
 */
export function focusWhenShown(element: HTMLElement | null): void {
  element?.focus();
}
