import type { NoteView } from '@avaa/board-model';
import { useEffect, useState } from 'react';
import { useBoard } from '../board/BoardContext.ts';
import { useT } from '../i18n/index.ts';
import { useOptionalWorkshop } from '../workshop/WorkshopContext.ts';
import { imageUrl } from './imageUrls.ts';
import './noteImages.css';

/**
 * A note's image on its card, scaled to the card's width (readable on the projector, where cards
 * are large). Its alt text is the note's text, or "photo on the note" for a note with none.
 */
export function NoteImage({ note }: { note: NoteView }) {
  const t = useT();
  const { board } = useBoard();
  const workshop = useOptionalWorkshop();
  const id = note.image?.id;
  const token = workshop?.token;
  const workshopId = workshop?.workshopId;
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (!id || !token || !workshopId) return;
    let current = true;
    void imageUrl({ workshop: workshopId, board, token }, id).then((loaded) => {
      if (current) setUrl(loaded);
    });
    return () => {
      current = false;
    };
  }, [id, token, workshopId, board]);
  if (!id) return null;
  const alt = note.text.trim() === '' ? t('noteImage.alt') : t('noteImage.altWithText', { text: note.text.trim() });
  return (
    <div className="note-image">
      {url ? <img src={url} alt={alt} /> : <span className="note-image__placeholder" role="img" aria-label={alt} />}
    </div>
  );
}
