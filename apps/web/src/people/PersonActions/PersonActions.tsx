import type { PersonView } from '@avaa/board-model';
import { useState } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useT } from '../../i18n/index.ts';
import { RemoveConfirm } from './RemoveConfirm.tsx';
import { RenameForm } from './RenameForm.tsx';

type Mode = 'idle' | 'renaming' | 'removing';

/** Rename in place, and remove after saying what it means; focus goes back where it belongs. */
export function PersonActions({ person, onRemoved }: { person: PersonView; onRemoved: (name: string) => void }) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('idle');
  const back = (button: 'rename' | 'remove') => {
    setMode('idle');
    focusAfterRender(() =>
      document.querySelector<HTMLElement>(`[data-person="${CSS.escape(person.id)}"] [data-person-control="${button}"]`),
    );
  };

  if (mode === 'renaming') return <RenameForm person={person} onDone={() => back('rename')} />;
  if (mode === 'removing')
    return <RemoveConfirm person={person} onRemoved={onRemoved} onCancel={() => back('remove')} />;
  return (
    <div className="person__actions">
      <button
        type="button"
        className="person__rename-button"
        data-person-control="rename"
        aria-label={t('people.renameNamed', { name: person.name })}
        onClick={() => setMode('renaming')}
      >
        {t('people.rename')}
      </button>
      <button
        type="button"
        className="button--danger person__remove-button"
        data-person-control="remove"
        aria-label={t('people.removeNamed', { name: person.name })}
        onClick={() => setMode('removing')}
      >
        {t('people.remove')}
      </button>
    </div>
  );
}
