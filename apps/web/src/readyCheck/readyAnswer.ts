import { ApiError, type ReadyAnswer, type WorkshopId } from '@avaa/protocol';
import { sendReadyAnswer } from '@avaa/workshop-client';
import type { MessageKey } from '../i18n/index.ts';

/**
 * Sends my answer; resolves with null once it is stored, else what to tell me. The stored
 * answer itself comes back through the workshop document, to every screen at once.
 */
export async function answerReadyCheck(
  workshop: WorkshopId,
  token: string,
  check: string,
  answer: ReadyAnswer,
): Promise<MessageKey | null> {
  const result = await sendReadyAnswer({ base: '', workshop, token }, check, answer);
  if (result.ok) return null;
  if (result.kind === 'network' || (result.kind === 'http' && result.status >= 500)) return 'readyCheck.offline';
  if (result.kind !== 'refused') return 'readyCheck.refused';
  switch (result.error) {
    case ApiError.noReadyCheck:
    case ApiError.notInReadyCheck:
      return `error.${result.error}`;
    case ApiError.tooManyRequests:
      return 'readyCheck.offline';
    default:
      return 'readyCheck.refused';
  }
}
