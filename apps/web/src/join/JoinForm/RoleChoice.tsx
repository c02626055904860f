import { PARTICIPANT_ROLES, type ParticipantRole } from '@avaa/board-model';
import { useT } from '../../i18n/index.ts';

/** The participant roles, each with a hint saying who it is for. */
export function RoleChoice({
  id,
  role,
  onRole,
  errorId,
}: {
  id: string;
  role: ParticipantRole | null;
  onRole: (role: ParticipantRole) => void;
  errorId: string | null;
}) {
  const t = useT();
  return (
    <fieldset className="join-form__roles" aria-invalid={errorId !== null} aria-describedby={errorId ?? undefined}>
      <legend>{t('join.role')}</legend>
      {PARTICIPANT_ROLES.map((option) => (
        <div key={option} className="join-form__role">
          <input
            type="radio"
            id={`${id}-${option}`}
            name={`${id}-role`}
            value={option}
            checked={role === option}
            aria-describedby={`${id}-${option}-hint`}
            onChange={() => onRole(option)}
          />
          <label htmlFor={`${id}-${option}`} className="join-form__role-name">
            {t(`role.${option}`)}
          </label>
          <span id={`${id}-${option}-hint`} className="join-form__role-hint">
            {t(`role.${option}.hint`)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
