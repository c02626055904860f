import { MAX_PATH_NAME_LENGTH, type PathColour, type PathView } from '@avaa/board-model';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/index.ts';
import { ColourSelect } from './ColourSelect.tsx';
import { DescriptionField, FormButtons } from './formParts.tsx';
import { PathPrivacyWarning } from './PathPrivacyWarning.tsx';
import { usePathActions } from './usePathActions.ts';

type Props = { path: PathView; label: string; onClose: () => void };

/** A path's name, description and colour, saved together; only what changed is written. */
export function PathEditForm({ path, label, onClose }: Props) {
  const t = useT();
  const id = useId();
  const actions = usePathActions();
  const [name, setName] = useState(path.name);
  const [description, setDescription] = useState(path.description);
  const [colour, setColour] = useState<PathColour>(path.colour);
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => nameField.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (actions.rename(path.id, { name, description, colour }) === null) onClose();
  };
  return (
    <form
      className="path-edit"
      aria-label={t('pathPanel.editNamed', { label })}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <label htmlFor={`${id}-name`}>{t('pathPanel.name')}</label>
      <input
        id={`${id}-name`}
        ref={nameField}
        value={name}
        maxLength={MAX_PATH_NAME_LENGTH}
        aria-describedby={`${id}-privacy`}
        onChange={(event) => setName(event.target.value)}
      />
      <DescriptionField id={id} value={description} onChange={setDescription} />
      <PathPrivacyWarning id={`${id}-privacy`} text={`${name}\n${description}`} />
      <ColourSelect value={colour} onChange={setColour} />
      <FormButtons submit={t('pathPanel.save')} onCancel={onClose} />
    </form>
  );
}
