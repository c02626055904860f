import type { accessFi } from './access/fi.ts';
import type { agreementPeopleFi } from './agreementPeople/fi.ts';
import type { agreementsFi } from './agreements/fi.ts';
import type { boardFi } from './board/fi.ts';
import type { commentsFi } from './comments/fi.ts';
import type { countsFi } from './counts/fi.ts';
import type { deletedFi } from './deleted/fi.ts';
import type { facilitationFi } from './facilitation/fi.ts';
import type { fi } from './fi.ts';
import type { groupCopyFi } from './groupCopy/fi.ts';
import type { imageFi } from './image/fi.ts';
import type { modesFi } from './modes/fi.ts';
import type { noteImagesFi } from './noteImages/fi.ts';
import type { othersFi } from './others/fi.ts';
import type { pathChangesFi } from './pathChanges/fi.ts';
import type { pathDrawingFi } from './pathDrawing/fi.ts';
import type { pathsFi } from './paths/fi.ts';
import type { pathViewFi } from './pathView/fi.ts';
import type { photoImportFi } from './photoImport/fi.ts';
import type { plenaryFi } from './plenary/fi.ts';
import type { privateWritingFi } from './privateWriting/fi.ts';
import type { projectorFi } from './projector/fi.ts';
import type { pwaFi } from './pwa/fi.ts';
import type { reactionsFi } from './reactions/fi.ts';
import type { readyCheckFi } from './readyCheck/fi.ts';
import type { searchFi } from './search/fi.ts';
import type { statementFi } from './statement/fi.ts';
import type { votingFi } from './voting/fi.ts';
import type { workshopFi } from './workshop/fi.ts';

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
  | keyof typeof photoImportFi
  | keyof typeof pwaFi;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;
export type Dictionary = Readonly<Record<MessageKey, string>>;
