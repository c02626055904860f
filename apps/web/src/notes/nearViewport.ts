import { useLayoutEffect, useState } from 'react';

type Watch = (near: boolean) => void;

const watched = new Map<Element, Watch>();
let observer: IntersectionObserver | null = null;
/** While a note is dragged: the changes seen, applied together now and then. */
let held: Map<Element, boolean> | null = null;
let flushTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Each note bound to drag and drop makes dnd-kit measure every target again when it comes or
 * goes; while the page scrolls under a dragged note that would happen every frame. So during a
 * drag notes are bound in batches, at most every this many ms, and none is unbound.
 */
const DRAG_BATCH_MS = 300;

/**
 * Binding or unbinding a note re-renders every bound note (dnd-kit's context changes), which
 * while the page scrolls took most of each frame (issue 19's phone bench: frames p95 50-117 ms
 * scrolling 300 notes). So while it scrolls the changes wait, and are made together once it has
 * been still this long.
 */
const SCROLL_QUIET_MS = 150;
let scrollHeld: Map<Element, boolean> | null = null;
let quietTimer: ReturnType<typeof setTimeout> | null = null;
let lastScrollAt = 0;
/**
 * Since the changes wait for the scrolling to stop anyway, the observer stops meanwhile: it
 * computed every note's intersection every frame (about 2 ms a frame of the phone's 4x-slowed
 * main thread with 300 notes). Observing again reports every note's state once.
 */
let paused = false;
/** The first report after observing again is applied at once, even when a drag has begun. */
let resuming = false;

function onScroll(): void {
  // A drag batches its own changes (and autoscrolls).
  if (held) return;
  scrollHeld ??= new Map();
  if (!paused && observer) {
    paused = true;
    observer.disconnect();
  }
  // One timer per stretch of scrolling, not one per scroll event (dozens a second).
  lastScrollAt = performance.now();
  quietTimer ??= setTimeout(whenQuiet, SCROLL_QUIET_MS);
}

function whenQuiet(): void {
  const still = performance.now() - lastScrollAt;
  quietTimer = still >= SCROLL_QUIET_MS ? null : setTimeout(whenQuiet, SCROLL_QUIET_MS - still);
  if (quietTimer === null) flushScrolled();
}

function flushScrolled(): void {
  if (quietTimer) clearTimeout(quietTimer);
  quietTimer = null;
  const pending = scrollHeld;
  scrollHeld = null;
  for (const [target, near] of pending ?? []) apply(target, near);
  if (paused && observer) {
    paused = false;
    resuming = true;
    for (const target of watched.keys()) observer.observe(target);
  }
}

function apply(target: Element, near: boolean): void {
  watched.get(target)?.(near);
}

/**
 * One observer for all notes: which are within a screen's height of the viewport. A thousand
 * observers (one per note) would cost more than the notes themselves.
 */
function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      const direct = resuming;
      resuming = false;
      for (const entry of entries) {
        if (direct) apply(entry.target, entry.isIntersecting);
        else if (held) held.set(entry.target, entry.isIntersecting);
        else if (scrollHeld) scrollHeld.set(entry.target, entry.isIntersecting);
        else apply(entry.target, entry.isIntersecting);
      }
      if (held && held.size > 0) flushTimer ??= setTimeout(flushNear, DRAG_BATCH_MS);
    },
    { rootMargin: '100% 0px' },
  );
  // Scroll events do not bubble; capturing on the window hears the page's and every scroller's.
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return observer;
}

/** Binds the notes that came near during the drag so far (unbinding waits for its end). */
function flushNear(): void {
  flushTimer = null;
  if (!held) return;
  for (const [target, near] of held) {
    if (!near) continue;
    apply(target, true);
    held.delete(target);
  }
}

/** Called when a drag starts and ends: holds binding changes back meanwhile (see DRAG_BATCH_MS). */
export function holdNearChanges(hold: boolean): void {
  if (hold) {
    // The notes the page scrolled to are bound before the drag measures its targets.
    flushScrolled();
    held ??= new Map();
    return;
  }
  const pending = held;
  held = null;
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  for (const [target, near] of pending ?? []) apply(target, near);
}

/** Whether `element` is on or near the screen (false until first observed). */
export function useNearViewport(element: { readonly current: Element | null }): boolean {
  const [near, setNear] = useState(false);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    watched.set(target, setNear);
    const notes = shared();
    // A note mounted while the page scrolls is observed with the others once it stops.
    if (!paused) notes.observe(target);
    return () => {
      shared().unobserve(target);
      watched.delete(target);
      held?.delete(target);
      scrollHeld?.delete(target);
    };
  }, [element]);
  return near;
}
