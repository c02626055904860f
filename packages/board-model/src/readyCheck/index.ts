export {
  type Answerer,
  type AnswererState,
  answererFor,
  answerersOf,
  isReadyAnswer,
  isReadyScope,
  READY_ANSWERS,
  READY_ANSWERS_ROOT,
  READY_SCOPES,
  type ReadyAnswer,
  type ReadyCheck,
  type ReadyCheckState,
  type ReadyScope,
  readReadyCheck,
  readReadyCheckState,
  readyAnswersMap,
} from './readyCheck.ts';
export { endReadyCheck, endReadyCheckOnMove, startReadyCheck, writeReadyAnswer } from './readyCheckOperations.ts';
