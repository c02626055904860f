import { type ParticipantRole, validatePersonName } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { ApiError } from '@avaa/protocol';
import { useState } from 'react';
import type { Membership } from '../../access/personalToken.ts';
import { type JoinFieldError, joinWorkshop } from '../../app/joinApi.ts';
import { type JoinProblem, joinProblemOf } from './joinProblem.ts';

export type JoinFormProps = {
  workshopId: WorkshopId;
  linkToken: string;
  initialName: string;
  onJoined: (membership: Membership) => void;
  onClosed: () => void;
};

/** The join form's state and its submission: checked here first, then `POST join`. */
export function useJoinForm({ workshopId, linkToken, initialName, onJoined, onClosed }: JoinFormProps) {
  const [name, setName] = useState(initialName);
  const [role, setRole] = useState<ParticipantRole | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<JoinProblem | null>(null);

  const submit = async () => {
    const valid = validatePersonName(name);
    if (!valid.ok) return setProblem({ field: 'name', error: valid.error as JoinFieldError });
    if (!role) return setProblem({ field: 'role', error: ApiError.unknownRole });
    setBusy(true);
    setProblem(null);
    const result = await joinWorkshop(workshopId, linkToken, { name: valid.value, role });
    setBusy(false);
    if (result.ok) return onJoined(result.membership);
    const refusal = joinProblemOf(result);
    if (refusal === ApiError.joiningClosed) return onClosed();
    setProblem(refusal);
  };

  return { name, setName, role, setRole, busy, problem, submit };
}
