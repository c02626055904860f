import { accessSv } from './access/sv.ts';
import { agreementPeopleSv } from './agreementPeople/sv.ts';
import { agreementsSv } from './agreements/sv.ts';
import { boardSv } from './board/sv.ts';
import { commentsSv } from './comments/sv.ts';
import { countsSv } from './counts/sv.ts';
import { deletedSv } from './deleted/sv.ts';
import { facilitationSv } from './facilitation/sv.ts';
import { groupCopySv } from './groupCopy/sv.ts';
import { imageSv } from './image/sv.ts';
import type { Dictionary } from './keys.ts';
import { modesSv } from './modes/sv.ts';
import { noteImagesSv } from './noteImages/sv.ts';
import { othersSv } from './others/sv.ts';
import { pathChangesSv } from './pathChanges/sv.ts';
import { pathDrawingSv } from './pathDrawing/sv.ts';
import { pathsSv } from './paths/sv.ts';
import { pathViewSv } from './pathView/sv.ts';
import { photoImportSv } from './photoImport/sv.ts';
import { plenarySv } from './plenary/sv.ts';
import { privateWritingSv } from './privateWriting/sv.ts';
import { projectorSv } from './projector/sv.ts';
import { pwaSv } from './pwa/sv.ts';
import { reactionsSv } from './reactions/sv.ts';
import { readyCheckSv } from './readyCheck/sv.ts';
import { searchSv } from './search/sv.ts';
import { statementSv } from './statement/sv.ts';
import { sv } from './sv.ts';
import { votingSv } from './voting/sv.ts';
import { workshopSv } from './workshop/sv.ts';

/** The Swedish UI, loaded only when it is shown (`loadLanguage` in dictionaries.ts). */
export const SV: Dictionary = {
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
  ...photoImportSv,
  ...pwaSv,
};
