import type { Language, Localized } from '@avaa/board-model';
import { accessEn } from './access/en.ts';
import { accessFi } from './access/fi.ts';
import { accessSv } from './access/sv.ts';
import { agreementPeopleEn } from './agreementPeople/en.ts';
import { agreementPeopleFi } from './agreementPeople/fi.ts';
import { agreementPeopleSv } from './agreementPeople/sv.ts';
import { agreementsEn } from './agreements/en.ts';
import { agreementsFi } from './agreements/fi.ts';
import { agreementsSv } from './agreements/sv.ts';
import { boardEn } from './board/en.ts';
import { boardFi } from './board/fi.ts';
import { boardSv } from './board/sv.ts';
import { commentsEn } from './comments/en.ts';
import { commentsFi } from './comments/fi.ts';
import { commentsSv } from './comments/sv.ts';
import { countsEn } from './counts/en.ts';
import { countsFi } from './counts/fi.ts';
import { countsSv } from './counts/sv.ts';
import { deletedEn } from './deleted/en.ts';
import { deletedFi } from './deleted/fi.ts';
import { deletedSv } from './deleted/sv.ts';
import { en } from './en.ts';
import { facilitationEn } from './facilitation/en.ts';
import { facilitationFi } from './facilitation/fi.ts';
import { facilitationSv } from './facilitation/sv.ts';
import { fi } from './fi.ts';
import { groupCopyEn } from './groupCopy/en.ts';
import { groupCopyFi } from './groupCopy/fi.ts';
import { groupCopySv } from './groupCopy/sv.ts';
import { imageEn } from './image/en.ts';
import { imageFi } from './image/fi.ts';
import { imageSv } from './image/sv.ts';
import { modesEn } from './modes/en.ts';
import { modesFi } from './modes/fi.ts';
import { modesSv } from './modes/sv.ts';
import { noteImagesEn } from './noteImages/en.ts';
import { noteImagesFi } from './noteImages/fi.ts';
import { noteImagesSv } from './noteImages/sv.ts';
import { othersEn } from './others/en.ts';
import { othersFi } from './others/fi.ts';
import { othersSv } from './others/sv.ts';
import { pathChangesEn } from './pathChanges/en.ts';
import { pathChangesFi } from './pathChanges/fi.ts';
import { pathChangesSv } from './pathChanges/sv.ts';
import { pathDrawingEn } from './pathDrawing/en.ts';
import { pathDrawingFi } from './pathDrawing/fi.ts';
import { pathDrawingSv } from './pathDrawing/sv.ts';
import { pathsEn } from './paths/en.ts';
import { pathsFi } from './paths/fi.ts';
import { pathsSv } from './paths/sv.ts';
import { pathViewEn } from './pathView/en.ts';
import { pathViewFi } from './pathView/fi.ts';
import { pathViewSv } from './pathView/sv.ts';
import { plenaryEn } from './plenary/en.ts';
import { plenaryFi } from './plenary/fi.ts';
import { plenarySv } from './plenary/sv.ts';
import { privateWritingEn } from './privateWriting/en.ts';
import { privateWritingFi } from './privateWriting/fi.ts';
import { privateWritingSv } from './privateWriting/sv.ts';
import { projectorEn } from './projector/en.ts';
import { projectorFi } from './projector/fi.ts';
import { projectorSv } from './projector/sv.ts';
import { pwaEn } from './pwa/en.ts';
import { pwaFi } from './pwa/fi.ts';
import { pwaSv } from './pwa/sv.ts';
import { reactionsEn } from './reactions/en.ts';
import { reactionsFi } from './reactions/fi.ts';
import { reactionsSv } from './reactions/sv.ts';
import { readyCheckEn } from './readyCheck/en.ts';
import { readyCheckFi } from './readyCheck/fi.ts';
import { readyCheckSv } from './readyCheck/sv.ts';
import { searchEn } from './search/en.ts';
import { searchFi } from './search/fi.ts';
import { searchSv } from './search/sv.ts';
import { statementEn } from './statement/en.ts';
import { statementFi } from './statement/fi.ts';
import { statementSv } from './statement/sv.ts';
import { sv } from './sv.ts';
import { votingEn } from './voting/en.ts';
import { votingFi } from './voting/fi.ts';
import { votingSv } from './voting/sv.ts';
import { workshopEn } from './workshop/en.ts';
import { workshopFi } from './workshop/fi.ts';
import { workshopSv } from './workshop/sv.ts';

/**
 * The dictionaries come in parts (the board, the workshop's people and groups, the plenary,
 * facilitation, voting and gaps, agreements and rounds, agreements with people (owners, proposals, the calendar file), access: getting back in and who writes where, deleted notes, the accessibility statement, counted words, others' changes announced);
 * Finnish is the source of each part and the other languages are typed against its keys.
 */
export type MessageKey =
  | keyof typeof fi
  | keyof typeof workshopFi
  | keyof typeof plenaryFi
  | keyof typeof facilitationFi
  | keyof typeof votingFi
  | keyof typeof agreementsFi
  | keyof typeof accessFi
  | keyof typeof projectorFi
  | keyof typeof boardFi
  | keyof typeof deletedFi
  | keyof typeof statementFi
  | keyof typeof countsFi
  | keyof typeof othersFi
  | keyof typeof pathChangesFi
  | keyof typeof pathsFi
  | keyof typeof pathViewFi
  | keyof typeof pathDrawingFi
  | keyof typeof agreementPeopleFi
  | keyof typeof imageFi
  | keyof typeof privateWritingFi
  | keyof typeof modesFi
  | keyof typeof readyCheckFi
  | keyof typeof searchFi
  | keyof typeof commentsFi
  | keyof typeof groupCopyFi
  | keyof typeof reactionsFi
  | keyof typeof noteImagesFi
  | keyof typeof pwaFi;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

type Dictionary = Readonly<Record<MessageKey, string>>;

export const DICTIONARIES: Readonly<Record<Language, Dictionary>> = {
  fi: {
    ...fi,
    ...workshopFi,
    ...plenaryFi,
    ...facilitationFi,
    ...votingFi,
    ...agreementsFi,
    ...accessFi,
    ...projectorFi,
    ...boardFi,
    ...deletedFi,
    ...statementFi,
    ...countsFi,
    ...othersFi,
    ...pathChangesFi,
    ...pathsFi,
    ...pathViewFi,
    ...pathDrawingFi,
    ...agreementPeopleFi,
    ...imageFi,
    ...privateWritingFi,
    ...modesFi,
    ...readyCheckFi,
    ...searchFi,
    ...commentsFi,
    ...groupCopyFi,
    ...reactionsFi,
    ...noteImagesFi,
    ...pwaFi,
  },
  sv: {
    ...sv,
    ...workshopSv,
    ...plenarySv,
    ...facilitationSv,
    ...votingSv,
    ...agreementsSv,
    ...accessSv,
    ...projectorSv,
    ...boardSv,
    ...deletedSv,
    ...statementSv,
    ...countsSv,
    ...othersSv,
    ...pathChangesSv,
    ...pathsSv,
    ...pathViewSv,
    ...pathDrawingSv,
    ...agreementPeopleSv,
    ...imageSv,
    ...privateWritingSv,
    ...modesSv,
    ...readyCheckSv,
    ...searchSv,
    ...commentsSv,
    ...groupCopySv,
    ...reactionsSv,
    ...noteImagesSv,
    ...pwaSv,
  },
  en: {
    ...en,
    ...workshopEn,
    ...plenaryEn,
    ...facilitationEn,
    ...votingEn,
    ...agreementsEn,
    ...accessEn,
    ...projectorEn,
    ...boardEn,
    ...deletedEn,
    ...statementEn,
    ...countsEn,
    ...othersEn,
    ...pathChangesEn,
    ...pathsEn,
    ...pathViewEn,
    ...pathDrawingEn,
    ...agreementPeopleEn,
    ...imageEn,
    ...privateWritingEn,
    ...modesEn,
    ...readyCheckEn,
    ...searchEn,
    ...commentsEn,
    ...groupCopyEn,
    ...reactionsEn,
    ...noteImagesEn,
    ...pwaEn,
  },
};

/** Language names are shown in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES: Localized = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
