/**
 * Runs in the page before the app (an init script): records when WebSocket messages arrive,
 * when the board shows `notes` notes, and offers `watch(marker)` and frame recording. All in
 * the page's own clock, so no clock is compared across processes.
 */
export function installProbe(notes: number): void {
  type Probe = {
    lastMessageAt: number;
    bigMessageAt: number | null;
    renderedAt: number | null;
    frames: number[] | null;
    watch(marker: string): Promise<{ messageAt: number; domAt: number; frameAt: number } | null>;
  };
  const probe: Probe = {
    lastMessageAt: 0,
    bigMessageAt: null,
    renderedAt: null,
    frames: null,
    watch(marker) {
      return new Promise((resolve) => {
        // A marker that never shows (a note scrolled out of a virtualised list) is a miss.
        const timeout = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 5000);
        const observer = new MutationObserver((records) => {
          // Notes are shown hyphenated: soft hyphens are taken out before comparing.
          const shows = (node: Node) => node.textContent?.replaceAll('\u00AD', '').includes(marker) ?? false;
          const seen = records.some(
            (record) => shows(record.target) || Array.from(record.addedNodes as ArrayLike<Node>).some(shows),
          );
          if (!seen) return;
          observer.disconnect();
          clearTimeout(timeout);
          const domAt = performance.now();
          const messageAt = probe.lastMessageAt;
          requestAnimationFrame(() => resolve({ messageAt, domAt, frameAt: performance.now() }));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
  };
  (window as unknown as { benchProbe: Probe }).benchProbe = probe;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      // Registered before the app's onmessage, so it runs first: the arrival time.
      this.addEventListener('message', (event: MessageEvent) => {
        probe.lastMessageAt = performance.now();
        const size = event.data instanceof ArrayBuffer ? event.data.byteLength : 0;
        if (size > 10_000 && probe.bigMessageAt === null) probe.bigMessageAt = probe.lastMessageAt;
      });
    }
  };
  const check = () => {
    if (document.querySelectorAll('[data-note-id]').length >= notes) probe.renderedAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  const frame = (at: number) => {
    probe.frames?.push(at);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
