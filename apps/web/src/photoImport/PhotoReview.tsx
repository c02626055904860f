import { CELL_IDS, type CellId, parseCellId } from '@avaa/board-model';
import { useShallow } from 'zustand/react/shallow';
import { cellName } from '../board/names.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';
import { needsLook, queueOf, type ReviewedNote, usePhotoReview } from './photoReview.ts';
import { ReviewNoteCard } from './ReviewNoteCard.tsx';

type Props = {
  /** Adds the accepted notes (one undoable step); disabled while it runs. */
  readonly onAdd: () => void;
  readonly onCancel: () => void;
  readonly adding: boolean;
  /** Why the last attempt added nothing, if it did not. */
  readonly problem: string | null;
};

/**
 * The review screen: the notes found, each in its cell, laid out as the table is (5 phases by 3
 * dimensions) where there is room and as a list by cell on a phone; then the transcription
 * queue for the notes without a sure text, and "Add N notes".
 */
export function PhotoReview({ onAdd, onCancel, adding, problem }: Props) {
  const t = useT();
  return (
    <section className="photo-review" aria-labelledby="photo-review-heading">
      <h3 id="photo-review-heading" tabIndex={-1}>
        {t('photo.review.heading')}
      </h3>
      <p className="photo-review__help">{t('photo.review.help')}</p>
      <ReviewSummary />
      <ReviewActions onAdd={onAdd} onCancel={onCancel} adding={adding} />
      {problem && (
        <p className="photo-review__problem" role="alert">
          {problem}
        </p>
      )}
      <ReviewGrid />
    </section>
  );
}

function ReviewSummary() {
  const counted = usePlural();
  const notes = usePhotoReview((state) => state.notes);
  const look = notes.filter(needsLook).length;
  const noText = notes.filter((note) => note.text.trim() === '').length;
  return (
    <p className="photo-review__summary">
      {counted('photo.found', notes.length)}
      {look > 0 && ` · ${counted('photo.needsLook', look)}`}
      {noText > 0 && ` · ${counted('photo.noText', noText)}`}
    </p>
  );
}

function ReviewActions({ onAdd, onCancel, adding }: Omit<Props, 'problem'>) {
  const t = useT();
  const counted = usePlural();
  const openQueue = usePhotoReview((state) => state.openQueue);
  const { accepted, toType } = usePhotoReview(
    useShallow((state) => ({
      accepted: state.notes.filter((note) => note.accepted).length,
      toType: queueOf(state.notes).length,
    })),
  );
  return (
    <div className="photo-review__actions">
      {toType > 0 && (
        <button type="button" onClick={openQueue}>
          {counted('photo.transcribe', toType)}
        </button>
      )}
      <button type="button" className="button--primary" data-photo-add disabled={adding} onClick={onAdd}>
        {adding ? t('photo.adding') : counted('photo.add', accepted)}
      </button>
      <button type="button" className="button--quiet" onClick={onCancel}>
        {t('photo.cancel')}
      </button>
    </div>
  );
}

/** Every cell with its notes, placed on the table's grid (CSS); cells without notes only where there is room. */
function ReviewGrid() {
  const notes = usePhotoReview((state) => state.notes);
  const byCell = new Map<CellId, ReviewedNote[]>();
  for (const note of notes) byCell.set(note.cell, [...(byCell.get(note.cell) ?? []), note]);
  return (
    <div className="photo-review__grid">
      {CELL_IDS.map((cell) => (
        <ReviewCell key={cell} cell={cell} notes={byCell.get(cell) ?? []} />
      ))}
    </div>
  );
}

function ReviewCell({ cell, notes }: { cell: CellId; notes: readonly ReviewedNote[] }) {
  const t = useT();
  const language = useLanguage();
  const { phase, dimension } = parseCellId(cell);
  return (
    <section
      className={`photo-cell${notes.length === 0 ? ' photo-cell--empty' : ''}`}
      data-phase={phase}
      data-dimension={dimension}
    >
      <h4 className="photo-cell__name">
        {t('photo.cellNotes', { cell: cellName(cell, language), count: notes.length })}
      </h4>
      {notes.map((note) => (
        <ReviewNoteCard key={note.found.key} note={note} />
      ))}
    </section>
  );
}
