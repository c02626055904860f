import type { PathId } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import { createPathUiStore, isPathShown, showOnlyOnArrival, takeShowOnly } from './pathUi.ts';

const A = 'pa' as PathId;
const B = 'pb' as PathId;

describe('path UI state', () => {
  it('shows every path until one is hidden or shown alone, and always the one being drawn', () => {
    const store = createPathUiStore();
    expect(isPathShown(store.getState(), A)).toBe(true);
    store.getState().toggleShown(A);
    expect(isPathShown(store.getState(), A)).toBe(false);
    store.getState().showOnly(B);
    expect([isPathShown(store.getState(), A), isPathShown(store.getState(), B)]).toEqual([false, true]);
    store.getState().startDrawing(A);
    expect(store.getState().drawing).toBe(A);
    expect(isPathShown(store.getState(), A)).toBe(true);
    store.getState().stopDrawing();
    expect(store.getState().drawing).toBe(null);
  });

  it('shows alone, once, the path a link asked for', () => {
    showOnlyOnArrival(B);
    const store = createPathUiStore(takeShowOnly());
    expect([isPathShown(store.getState(), A), isPathShown(store.getState(), B)]).toEqual([false, true]);
    expect(takeShowOnly()).toBe(null);
  });
});
