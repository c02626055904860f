import { isNoteId, moveNote, type NoteId, type NoteView } from '@avaa/board-model';
import { type Active, type Announcements, DndContext, type DragEndEvent, DragOverlay, type Over } from '@dnd-kit/core';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { DropCellContext } from './BoardContext.ts';
import { collisionDetection, useDragSensors } from './dragSensors.ts';
import { type DropTarget, dropTarget, notePlace } from './dropTarget.ts';
import { cellName, noteLabel } from './names.ts';

/**
 * Drag and drop of notes by pointer, touch and keyboard. The document changes once, on drop
 * (`moveNote`); while dragging, only the highlighted target cell is local state. Screen-reader
 * announcements name notes by their text and cells by phase and dimension.
 */
export function BoardDnd({ doc, notes, children }: { doc: Y.Doc; notes: NotesByCell; children: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const sensors = useDragSensors();
  const [dragged, setDragged] = useState<NoteView | null>(null);
  const [dropCell, setDropCell] = useState<DropTarget['cell'] | null>(null);
  // Announcements run outside render; they read the latest notes through a ref.
  const latest = useRef(notes);
  latest.current = notes;

  const announcements = useMemo<Announcements>(() => {
    const name = (active: Active) => noteLabel(findNote(latest.current, active.id)?.text ?? '');
    const place = (at: DropTarget) => ({ cell: cellName(at.cell, language), position: at.index + 1, total: at.total });
    return {
      onDragStart: ({ active }) => {
        const at = isNoteId(active.id) ? notePlace(latest.current, active.id) : null;
        return at ? t('dnd.pickedUp', { note: name(active), ...place(at) }) : undefined;
      },
      onDragOver: ({ active, over }) => {
        const at = target(latest.current, active, over);
        if (!at) return t('dnd.outside', { note: name(active) });
        return t('dnd.overNote', { note: name(active), ...place(at) });
      },
      onDragEnd: ({ active, over }) => {
        const at = target(latest.current, active, over);
        return at ? t('dnd.dropped', { note: name(active), ...place(at) }) : t('dnd.cancelled', { note: name(active) });
      },
      onDragCancel: ({ active }) => t('dnd.cancelled', { note: name(active) }),
    };
  }, [language, t]);

  const end = ({ active, over }: DragEndEvent) => {
    const at = target(latest.current, active, over);
    setDragged(null);
    setDropCell(null);
    if (!at || !isNoteId(active.id)) return;
    const from = notePlace(latest.current, active.id);
    if (from && from.cell === at.cell && from.index === at.index) return;
    moveNote(doc, active.id, at.cell, at.index);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={({ active }) => setDragged(findNote(latest.current, active.id) ?? null)}
      onDragOver={({ active, over }) => setDropCell(target(latest.current, active, over)?.cell ?? null)}
      onDragEnd={end}
      onDragCancel={() => {
        setDragged(null);
        setDropCell(null);
      }}
    >
      <DropCellContext.Provider value={dropCell}>{children}</DropCellContext.Provider>
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className={`note note--${dragged.colour} note--overlay`}>
            <p className="note__text">{dragged.text}</p>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

function target(notes: NotesByCell, active: Active, over: Over | null): DropTarget | null {
  if (!over || !isNoteId(active.id)) return null;
  if (over.id === active.id) return notePlace(notes, active.id);
  return dropTarget(notes, active.id, String(over.id), active.rect.current.translated, over.rect);
}

function findNote(notes: NotesByCell, id: Active['id']): NoteView | undefined {
  for (const list of notes.values()) {
    const note = list.find((candidate) => candidate.id === (id as NoteId));
    if (note) return note;
  }
  return undefined;
}
