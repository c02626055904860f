export { addStep, type NewStep } from './addStep.ts';
export { createPath, type NewPath } from './createPath.ts';
export { deletePath } from './deletePath.ts';
export { eraseDeletedPaths, holdsErasedPath } from './eraseDeletedPaths.ts';
export { type PathMergeCounts, planPathMerge } from './mergePaths.ts';
export { moveStep, type StepPlace } from './moveStep.ts';
export { PATH_INK, pathLabel } from './pathLabel.ts';
export {
  MAX_PATH_NAME_LENGTH,
  MAX_PATHS_PER_BOARD,
  MAX_RISK_REASON_LENGTH,
  MAX_STEPS_PER_PATH,
  validatePathName,
} from './pathRules.ts';
export {
  isPathColour,
  isPathId,
  isRiskKind,
  isStepId,
  PATH_COLOURS,
  type PathColour,
  type PathId,
  type PathSource,
  pathsMap,
  RISK_KINDS,
  type RiskKind,
  type StepId,
  type StepRisk,
} from './pathSchema.ts';
export { mergedPathId } from './pathSource.ts';
export { type PathView, pathsByNote, readPath, readPaths, type StepNote, type StepView } from './readPaths.ts';
export { removeStep } from './removeStep.ts';
export { type PathChanges, renamePath } from './renamePath.ts';
export { type DeletedPath, recentlyDeletedPaths, restorePath, restoreStep } from './restorePath.ts';
export { PATH_STARTERS } from './starters.ts';
export { type StepChanges, updateStep } from './updateStep.ts';
