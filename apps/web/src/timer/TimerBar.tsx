/** The shared timer under every workshop page's header; the facilitator's controls. */
export function TimerBar() {
  return null;
}
