import type { NoteView } from '@avaa/board-model';
import type { ImageId } from '@avaa/protocol';
import { createContext, useContext, useEffect, useState } from 'react';
import { useBoard } from '../board/BoardContext.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';
import { useOptionalWorkshop } from '../workshop/WorkshopContext.ts';
import { type ImageSource, imageUrl } from './imageUrls.ts';
import './noteImages.css';

/**
 * A note's image on its card, scaled to the card's width (readable on the projector, where cards
 * are large). Its alt text is the note's text, or "photo on the note" for a note with none.
 */
export function NoteImage({ note }: { note: NoteView }) {
  const { board } = useBoard();
  const workshop = useOptionalWorkshop();
  const source = workshop ? { workshop: workshop.workshopId, board, token: workshop.token } : null;
  return <NoteImageView note={note} source={source} />;
}

/** Where the projector's notes read their images: its board and its own token (it is in no workshop page). */
export const ProjectorImageSource = createContext<ImageSource | null>(null);

/** A note's image on the projector. */
export function ProjectorNoteImage({ note }: { note: NoteView }) {
  return <NoteImageView note={note} source={useContext(ProjectorImageSource)} />;
}

function NoteImageView({ note, source }: { note: NoteView; source: ImageSource | null }) {
  const t = useT();
  const id = note.image?.id;
  const url = useImageUrl(source, id);
  if (!id) return null;
  const alt = note.text.trim() === '' ? t('noteImage.alt') : t('noteImage.altWithText', { text: note.text.trim() });
  return (
    <span className="note-image">
      {url ? <img src={url} alt={alt} /> : <span className="note-image__placeholder" role="img" aria-label={alt} />}
      <PhotoSource note={note} />
    </span>
  );
}

/** Where a photo's crop came from: "Valokuvasta 6.12.2026 klo 14.05" (paper to table, issue 20). */
function PhotoSource({ note }: { note: NoteView }) {
  const t = useT();
  const language = useLanguage();
  const source = note.image?.source;
  if (source?.kind !== 'photo') return null;
  const date = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'short' }).format(source.at);
  return <span className="note-image__source">{t('noteImage.fromPhoto', { date })}</span>;
}

/** The image's object URL once fetched (null meanwhile, or without a source). */
function useImageUrl(source: ImageSource | null, id: ImageId | undefined) {
  const [url, setUrl] = useState<string | null>(null);
  const workshop = source?.workshop;
  const token = source?.token;
  const group = source ? (source.board.kind === 'plenary' ? 0 : source.board.group) : -1;
  useEffect(() => {
    setUrl(null);
    if (!id || !workshop || !token) return;
    let current = true;
    const board = group === 0 ? ({ kind: 'plenary' } as const) : ({ kind: 'group', group } as const);
    void imageUrl({ workshop, board, token }, id).then((loaded) => {
      if (current) setUrl(loaded);
    });
    return () => {
      current = false;
    };
  }, [id, workshop, token, group]);
  return url;
}
