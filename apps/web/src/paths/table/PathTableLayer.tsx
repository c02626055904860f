import { type NoteId, type PathView, type PhaseId, readPath } from '@avaa/board-model';
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { createStore } from 'zustand';
import { useBoard } from '../../board/BoardContext.ts';
import { usePaths } from '../../doc/usePaths.ts';
import { useT } from '../../i18n/index.ts';
import { isPathShown, usePathUi } from '../pathUi.ts';
import { DrawingBanner } from './DrawingBanner.tsx';
import { type Drawing, DrawingContext, MarksContext, type MarksStore } from './drawingContext.ts';
import { PathLegend } from './PathLegend.tsx';
import { type NoteMark, noteMarks, shareMarks } from './pathMarks.ts';
import { useDrawingActions } from './useDrawingActions.ts';
import './pathTable.css';

/**
 * The service paths on the table: the drawing banner and what the notes and the grid read (the
 * pick while drawing, each note's marks), the legend of the lines, and a polite live region
 * that says every pick. The lines themselves are drawn by PathOverlay inside the grid.
 */
export function PathTableLayer({ doc, children }: { doc: Y.Doc; children: ReactNode }) {
  const paths = usePaths(doc);
  const { canEdit } = useBoard();
  const drawingId = usePathUi((state) => state.drawing);
  const path = (canEdit && paths.find((candidate) => candidate.id === drawingId)) || null;
  const [said, say] = useSaid();
  const actions = useDrawingActions(doc, path, say);
  const [missingPhase, setMissingPhase] = useState<PhaseId | null>(null);
  const drawing = useStableDrawing(path !== null, actions.pick, setMissingPhase);
  useStopWhenGone(doc, canEdit, path, say);
  return (
    <MarksContext.Provider value={useMarks(paths)}>
      <DrawingContext.Provider value={drawing}>
        {path && (
          <DrawingBanner
            path={path}
            actions={actions}
            say={say}
            missingPhase={missingPhase}
            onMissingPhase={setMissingPhase}
          />
        )}
        <PathLegend paths={paths} />
        <p className="visually-hidden" role="status" aria-live="polite" data-announces="path-drawing">
          {said}
        </p>
        {children}
      </DrawingContext.Provider>
    </MarksContext.Provider>
  );
}

/** The live region's words; the same words twice differ by an invisible space, so both are said. */
function useSaid(): [string, (text: string) => void] {
  const [said, setSaid] = useState({ text: '', count: 0 });
  const say = useCallback((text: string) => setSaid((old) => ({ text, count: old.count + 1 })), []);
  return [said.count % 2 === 0 ? said.text : `${said.text}\u00a0`, say];
}

/** One context value while drawing, so the notes re-render when drawing starts and stops only. */
function useStableDrawing(
  active: boolean,
  pick: Drawing['pick'],
  askMissing: (phase: PhaseId) => void,
): Drawing | null {
  const latest = useRef(pick);
  latest.current = pick;
  return useMemo(() => (active ? { pick: (note) => latest.current(note), askMissing } : null), [active, askMissing]);
}

/** Drawing ends when the path is deleted (by anyone) or the board stops being this person's to edit. */
function useStopWhenGone(doc: Y.Doc, canEdit: boolean, path: PathView | null, say: (text: string) => void): void {
  const t = useT();
  const drawingId = usePathUi((state) => state.drawing);
  const stop = usePathUi((state) => state.stopDrawing);
  useEffect(() => {
    if (drawingId === null || path !== null) return;
    // The reading may lag a path created a moment ago: the document itself decides.
    const gone = readPath(doc, drawingId) === undefined;
    if (!canEdit || gone) stop();
    if (canEdit && gone) say(t('pathDrawing.gone'));
  }, [doc, canEdit, drawingId, path, stop, say, t]);
}

/** Each note's marks of the shown paths, kept in a store the notes select from. */
function useMarks(paths: readonly PathView[]): MarksStore {
  const [store] = useState(() => createStore<ReadonlyMap<NoteId, readonly NoteMark[]>>()(() => new Map()));
  const hidden = usePathUi((state) => state.hidden);
  const only = usePathUi((state) => state.only);
  useLayoutEffect(() => {
    const next = noteMarks(paths, (id) => isPathShown({ hidden, only }, id));
    store.setState(shareMarks(store.getState(), next), true);
  }, [store, paths, hidden, only]);
  return store;
}
