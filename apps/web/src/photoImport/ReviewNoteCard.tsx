import { CELL_IDS, type CellId, isNoteColour, MAX_NOTE_TEXT_LENGTH, NOTE_COLOURS } from '@avaa/board-model';
import { useId } from 'react';
import { cellName } from '../board/names.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { CropImage } from './CropImage.tsx';
import { needsLook, type ReviewedNote, usePhotoReview } from './photoReview.ts';
import { confidenceWords, flagWords } from './readingWords.ts';

/** One paper note on the review screen: its crop, whether to add it, its text, colour and cell. */
export function ReviewNoteCard({ note }: { note: ReviewedNote }) {
  const t = useT();
  const id = useId();
  const setAccepted = usePhotoReview((state) => state.setAccepted);
  const { found, number } = note;
  const look = needsLook(note);
  return (
    <article
      className={`photo-note note--${note.colour}${note.accepted ? '' : ' photo-note--left-out'}`}
      aria-labelledby={`${id}-label`}
      data-photo-note={found.key}
    >
      <div className="photo-note__label">
        <h5 id={`${id}-label`}>{t('photo.note.label', { number })}</h5>
        {look && <span className="photo-note__check">{t('photo.note.check')}</span>}
      </div>
      <CropImage crop={found.crop} alt={t('photo.note.cropAlt', { number })} />
      <label className="photo-note__accept">
        <input
          type="checkbox"
          checked={note.accepted}
          onChange={(event) => setAccepted(found.key, event.target.checked)}
        />
        {t('photo.note.accept')}
      </label>
      <NoteText note={note} />
      {found.flags.length > 0 && (
        <ul className="photo-note__flags">
          {found.flags.map((flag) => (
            <li key={flag}>{flagWords(t, flag)}</li>
          ))}
        </ul>
      )}
      <NotePlace note={note} />
    </article>
  );
}

function NoteText({ note }: { note: ReviewedNote }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const setText = usePhotoReview((state) => state.setText);
  return (
    <div className="photo-note__text">
      <label htmlFor={`${id}-text`}>{t('photo.note.text', { number: note.number })}</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        maxLength={MAX_NOTE_TEXT_LENGTH}
        value={note.text}
        aria-describedby={`${id}-confidence`}
        onChange={(event) => setText(note.found.key, event.target.value)}
      />
      <p id={`${id}-confidence`} className="photo-note__confidence">
        {confidenceWords(t, language, note.found.text, note.found.confidence)}
      </p>
    </div>
  );
}

/** The note's cell and colour, each a select (a move to another cell is a choice here). */
function NotePlace({ note }: { note: ReviewedNote }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const setCell = usePhotoReview((state) => state.setCell);
  const setColour = usePhotoReview((state) => state.setColour);
  const key = note.found.key;
  return (
    <div className="photo-note__place">
      <label htmlFor={`${id}-cell`}>{t('photo.note.cell')}</label>
      <select id={`${id}-cell`} value={note.cell} onChange={(event) => setCell(key, event.target.value as CellId)}>
        {CELL_IDS.map((cell) => (
          <option key={cell} value={cell}>
            {cellName(cell, language)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-colour`}>{t('photo.note.colour')}</label>
      <select
        id={`${id}-colour`}
        value={note.colour}
        onChange={(event) => isNoteColour(event.target.value) && setColour(key, event.target.value)}
      >
        {NOTE_COLOURS.map((colour) => (
          <option key={colour} value={colour}>
            {t(`colour.${colour}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
