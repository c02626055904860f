import { useId } from 'react';
import { useT } from '../i18n/index.ts';
import { PhotoButton } from './PhotoButton.tsx';

/** In the print dialog, beside the blank template: a filled paper table photographed onto this board. */
export function PaperToBoard() {
  const t = useT();
  const id = useId();
  return (
    <section className="paper-to-board" aria-labelledby={id}>
      <h3 id={id}>{t('photo.fromPaper')}</h3>
      <p>{t('photo.fromPaperHelp')}</p>
      <PhotoButton />
    </section>
  );
}
