import { ApiError } from '@avaa/protocol';
import { useState } from 'react';
import type { ApiFailure } from '../../app/api.ts';
import { looksLikeJoinCode, lookupJoinCode } from '../../app/joinApi.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** Why a code led nowhere, in words to show under the field. */
function problemOf(failure: ApiFailure): MessageKey {
  if (failure.kind === 'refused' && failure.error === ApiError.unknownJoinCode) return 'joinCode.error.unknown';
  if (failure.kind === 'refused' && failure.error === ApiError.tooManyRequests) return 'joinCode.error.tooMany';
  return failure.kind === 'network' ? 'joinCode.error.network' : 'joinCode.error.server';
}

/** The typed code and its look-up: a code that opens a workshop goes on to its participant link. */
export function useJoinCode() {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const submit = async () => {
    if (!looksLikeJoinCode(code)) return setProblem('joinCode.error.format');
    setBusy(true);
    setProblem(null);
    const result = await lookupJoinCode(code);
    if (result.ok) {
      window.location.assign(result.target.participantLink);
      return;
    }
    setBusy(false);
    setProblem(problemOf(result));
  };

  return { code, setCode, busy, problem, submit };
}
