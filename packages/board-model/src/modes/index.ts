export {
  BOARD_MODES,
  type BoardMode,
  boardModeKey,
  boardModesMap,
  isBoardMode,
  readBoardMode,
  setBoardMode,
} from './boardMode.ts';
export { type BoardModeRefusal, checkBoardModeWrites, mayChangeNoteInMode } from './boardModeWrites.ts';
export {
  CO_FACILITATORS_ROOT,
  coFacilitatorsMap,
  effectiveRole,
  isCoFacilitator,
  setCoFacilitator,
} from './coFacilitators.ts';
