import { MAX_NOTE_TEXT_LENGTH } from '@avaa/board-model';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useLanguage, useT } from '../i18n/index.ts';
import { CropImage } from './CropImage.tsx';
import { type ReviewedNote, usePhotoReview } from './photoReview.ts';
import { confidenceWords } from './readingWords.ts';

/**
 * The transcription queue: the accepted notes without a sure text, one at a time, the crop large
 * beside a text field. Enter saves and moves on (Shift+Enter a new line); past the last one the
 * queue closes and the review screen comes back.
 */
export function TranscriptionQueue() {
  const t = useT();
  const queue = usePhotoReview((state) => state.queue);
  const notes = usePhotoReview((state) => state.notes);
  const closeQueue = usePhotoReview((state) => state.closeQueue);
  const note = queue ? notes.find((found) => found.found.key === queue.keys[queue.at]) : undefined;
  if (!queue || !note) return null;
  return (
    <section className="photo-queue" aria-labelledby="photo-queue-heading">
      <h3 id="photo-queue-heading">{t('photo.queue.heading')}</h3>
      <p className="photo-queue__progress" aria-live="polite">
        {t('photo.queue.progress', { position: queue.at + 1, count: queue.keys.length, number: note.number })}
      </p>
      <QueueItem key={note.found.key} note={note} first={queue.at === 0} />
      <button type="button" className="button--quiet" onClick={closeQueue}>
        {t('photo.queue.back')}
      </button>
    </section>
  );
}

function QueueItem({ note, first }: { note: ReviewedNote; first: boolean }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(note.text);
  const save = usePhotoReview((state) => state.setText);
  const step = usePhotoReview((state) => state.step);
  // Each note's field takes focus as it comes, so typing goes on from one note to the next.
  useEffect(() => field.current?.focus(), []);
  const go = (by: 1 | -1) => {
    save(note.found.key, text);
    step(by);
  };
  const next = () => go(1);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    next();
  };
  return (
    <div className="photo-queue__item">
      <CropImage crop={note.found.crop} alt={t('photo.note.cropAlt', { number: note.number })} large />
      <div className="photo-queue__field">
        <label htmlFor={`${id}-text`}>{t('photo.note.text', { number: note.number })}</label>
        <textarea
          id={`${id}-text`}
          ref={field}
          rows={3}
          maxLength={MAX_NOTE_TEXT_LENGTH}
          value={text}
          aria-describedby={`${id}-help ${id}-confidence`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-confidence`} className="photo-note__confidence">
          {confidenceWords(t, language, note.found.text, note.found.confidence)}
        </p>
        <p id={`${id}-help`} className="photo-queue__help">
          {t('photo.queue.help')}
        </p>
        <div className="photo-queue__buttons">
          <button type="button" disabled={first} onClick={() => go(-1)}>
            {t('photo.queue.previous')}
          </button>
          <button type="button" className="button--primary" onClick={next}>
            {t('photo.queue.next')}
          </button>
        </div>
      </div>
    </div>
  );
}
