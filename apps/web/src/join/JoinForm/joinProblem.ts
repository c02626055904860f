import { ApiError } from '@avaa/protocol';
import type { ApiFailure } from '../../app/api.ts';
import { isJoinFieldError, type JoinFieldError } from '../../app/joinApi.ts';
import type { MessageKey, Translate } from '../../i18n/index.ts';

/** What stops a join: a field's error (shown beside it) or the whole form's. */
export type JoinProblem =
  | { readonly field: 'name' | 'role'; readonly error: JoinFieldError }
  | { readonly field: 'form'; readonly key: MessageKey; readonly status?: number };

const FIELD_OF: Readonly<Record<JoinFieldError, 'name' | 'role'>> = {
  [ApiError.emptyName]: 'name',
  [ApiError.nameTooLong]: 'name',
  [ApiError.controlCharacter]: 'name',
  [ApiError.unknownRole]: 'role',
};

/** Refusals of the whole form, each with its own explanation. */
const FORM_PROBLEMS: Partial<Readonly<Record<ApiError, MessageKey>>> = {
  [ApiError.tooManyPeople]: 'join.error.tooManyPeople',
  [ApiError.tooManyRequests]: 'join.error.tooManyRequests',
  [ApiError.unauthorized]: 'join.error.unauthorized',
  [ApiError.workshopNotFound]: 'join.error.notFound',
};

/** A failed join as a problem to show, or ApiError.joiningClosed, which the page explains on its own. */
export function joinProblemOf(failure: ApiFailure): JoinProblem | typeof ApiError.joiningClosed {
  if (failure.kind === 'network') return { field: 'form', key: 'join.error.network' };
  const error = failure.kind === 'refused' ? failure.error : null;
  if (error === ApiError.joiningClosed) return error;
  if (error && isJoinFieldError(error)) return { field: FIELD_OF[error], error };
  const key = (error && FORM_PROBLEMS[error]) ?? 'join.error.server';
  return { field: 'form', key, status: failure.status };
}

export function joinProblemText(problem: JoinProblem, t: Translate): string {
  return problem.field === 'form' ? t(problem.key, { status: problem.status ?? 0 }) : t(`join.error.${problem.error}`);
}
