import { accessEn } from './access/en.ts';
import { agreementPeopleEn } from './agreementPeople/en.ts';
import { agreementsEn } from './agreements/en.ts';
import { boardEn } from './board/en.ts';
import { commentsEn } from './comments/en.ts';
import { countsEn } from './counts/en.ts';
import { deletedEn } from './deleted/en.ts';
import { en } from './en.ts';
import { facilitationEn } from './facilitation/en.ts';
import { groupCopyEn } from './groupCopy/en.ts';
import { imageEn } from './image/en.ts';
import type { Dictionary } from './keys.ts';
import { modesEn } from './modes/en.ts';
import { noteImagesEn } from './noteImages/en.ts';
import { othersEn } from './others/en.ts';
import { pathChangesEn } from './pathChanges/en.ts';
import { pathDrawingEn } from './pathDrawing/en.ts';
import { pathsEn } from './paths/en.ts';
import { pathViewEn } from './pathView/en.ts';
import { photoImportEn } from './photoImport/en.ts';
import { plenaryEn } from './plenary/en.ts';
import { privateWritingEn } from './privateWriting/en.ts';
import { projectorEn } from './projector/en.ts';
import { pwaEn } from './pwa/en.ts';
import { reactionsEn } from './reactions/en.ts';
import { readyCheckEn } from './readyCheck/en.ts';
import { searchEn } from './search/en.ts';
import { statementEn } from './statement/en.ts';
import { votingEn } from './voting/en.ts';
import { workshopEn } from './workshop/en.ts';

/** The English UI, loaded only when it is shown (`loadLanguage` in dictionaries.ts). */
export const EN: Dictionary = {
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
  ...photoImportEn,
  ...pwaEn,
};
