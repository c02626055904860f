import type { Language } from '@avaa/board-model';
import type { PhotoNoteFlag } from '@avaa/protocol';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';
import { SURE_ENOUGH } from './photoReview.ts';

/** At or above this a reading is "sure". */
const SURE = 0.85;

/** How sure the text recognition was, in words and per cent ("fairly sure (72 %)"). */
export function confidenceWords(t: Translate, language: Language, text: string, confidence: number): string {
  if (text.trim() === '') return t('photo.confidence.none');
  const percent = new Intl.NumberFormat(LOCALES[language], { style: 'percent' }).format(confidence);
  const key: MessageKey =
    confidence >= SURE
      ? 'photo.confidence.sure'
      : confidence >= SURE_ENOUGH
        ? 'photo.confidence.fair'
        : 'photo.confidence.unsure';
  return t(key, { percent });
}

/** Why a note needs a look, said as what to do. */
export function flagWords(t: Translate, flag: PhotoNoteFlag): string {
  return t(`photo.flag.${flag}`);
}
