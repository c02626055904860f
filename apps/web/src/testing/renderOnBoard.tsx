import { type Language, type NoteId, readNote, seedBoard } from '@avaa/board-model';
import { withoutSoftHyphens } from '@avaa/print/hyphenation';
import type { BoardRef } from '@avaa/protocol';
import { act, type RenderResult, render } from '@testing-library/react';
import { type ReactNode, useCallback } from 'react';
import * as Y from 'yjs';
import { BoardContext, type BoardContextValue, useBoard } from '../board/BoardContext.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { Toasts } from '../notes/Toasts.tsx';
import { OutlineNote } from '../outline/OutlineNote.tsx';
import { BoardUiContext, type BoardUiStore, createBoardUiStore } from '../state/boardUi.ts';
import { usePreferences } from '../state/preferences.ts';

export type BoardOptions = {
  readonly board?: BoardRef;
  readonly canEdit?: boolean;
  readonly language?: Language;
};

export type TestBoard = {
  /** The board's real document: seed it with @avaa/board-model's operations, read it back the same way. */
  readonly doc: Y.Doc;
  /** The open board's session state (what is being edited, which menu is open, the toasts). */
  readonly store: BoardUiStore;
};

/** A board's document as the server creates it, for a test to add notes to. */
export function testBoard(board: BoardRef = { kind: 'group', group: 1 }): Y.Doc {
  const doc = new Y.Doc();
  seedBoard(doc, {
    title: 'Palveluiden työpaja',
    language: 'fi',
    createdAt: 0,
    ...(board.kind === 'group' ? { group: board.group } : {}),
  });
  return doc;
}

/**
 * Renders `ui` inside an open board as OpenBoard provides it (the document, what this person may
 * do, the board's session state and its toasts), in `language`. No connection: the document is
 * local, as it is for a person offline, so what a component writes is read back from it.
 */
export function renderOnBoard(
  ui: ReactNode,
  doc: Y.Doc,
  { board = { kind: 'group', group: 1 }, canEdit = true, language = 'fi' }: BoardOptions = {},
): RenderResult & TestBoard {
  act(() => usePreferences.getState().chooseLanguage(language));
  const store = createBoardUiStore();
  const context: BoardContextValue = { doc, board, canEdit, mode: 'open', canAgree: false, presence: null, undo: null };
  const rendered = render(
    <BoardUiContext.Provider value={store}>
      <BoardContext.Provider value={context}>
        {ui}
        <Toasts />
      </BoardContext.Provider>
    </BoardUiContext.Provider>,
  );
  return { ...rendered, doc, store };
}

/**
 * jsdom lays nothing out: every element has no boxes, so focusAfterRender (which moves focus
 * only to what is shown) would find nothing, and there is no ResizeObserver (the toasts watch
 * their height). Here every connected element counts as shown and sizes never change.
 * Returns the restore.
 */
export function standInForLayout(): () => void {
  const original = Element.prototype.getClientRects;
  Element.prototype.getClientRects = function getClientRects(this: Element) {
    const rects = this.isConnected ? [new DOMRect(0, 0, 1, 1)] : [];
    return Object.assign(rects, { item: (index: number) => rects[index] ?? null }) as unknown as DOMRectList;
  };
  const hadObserver = 'ResizeObserver' in globalThis;
  if (!hadObserver) globalThis.ResizeObserver = StillObserver;
  return () => {
    Element.prototype.getClientRects = original;
    if (!hadObserver) Reflect.deleteProperty(globalThis, 'ResizeObserver');
  };
}

/** Without layout nothing resizes: it observes and never reports. */
class StillObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** A note as the list view shows it (text, actions button and menu), re-read from the document as it changes. */
export function NoteOnBoard({ id }: { id: NoteId }) {
  const { doc } = useBoard();
  const note = useDocSnapshot(
    doc,
    useCallback((d: Y.Doc) => readNote(d, id), [id]),
  );
  return <ul>{note && !note.deleted && <OutlineNote note={note} dimmed={false} />}</ul>;
}

/** A name matcher for a note's text, which is shown with soft hyphens where a word may break. */
export function noteText(text: string): (name: string) => boolean {
  return (name) => withoutSoftHyphens(name) === text;
}
