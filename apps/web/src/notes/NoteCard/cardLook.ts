import type { NoteView } from '@avaa/board-model';
import type { Peer } from '@avaa/workshop-client';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties } from 'react';
import type { SortableState } from './SortableBinding.tsx';

type Look = {
  note: NoteView;
  sortable: SortableState | null;
  /** The first other person editing the note, whose colour rings it. */
  editor: Peer | undefined;
  menuOpen: boolean;
  dimmed: boolean;
  /** A shown service path goes through the note: its markers need room on the note's top edge. */
  onPath: boolean;
};

/** The card's classes: colour, kind, and what is happening to it (dragged, watched, a stack target). */
export function cardClasses({ note, sortable, editor, menuOpen, dimmed, onPath }: Look): string {
  return [
    'note',
    `note--${note.colour}`,
    `note--kind-${note.kind}`,
    sortable?.isDragging ? 'note--dragging' : '',
    editor ? 'note--watched' : '',
    menuOpen ? 'note--menu-open' : '',
    dimmed ? 'note--dimmed' : '',
    sortable?.stackTarget ? 'note--stack-target' : '',
    onPath ? 'note--on-path' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Where dnd-kit has the card now, and the ring colour of who else edits it. */
export function cardStyle({ sortable, editor }: Pick<Look, 'sortable' | 'editor'>): CSSProperties {
  return {
    transform: CSS.Translate.toString(sortable?.transform ?? null),
    transition: sortable?.transition,
    ...(editor ? { '--watcher': editor.user.colour } : {}),
  } as CSSProperties;
}
