import { isPhaseId, type PathView, PHASE_IDS, type PhaseId } from '@avaa/board-model';
import { type FormEvent, useId, useState } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { phaseName } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { pathControl } from './panelOpen.ts';
import { usePathActions } from './usePathActions.ts';

type Props = { path: PathView; label: string };

/**
 * "Lisää puuttuva palvelu vaiheeseen …": a free step in a chosen phase, from the keyboard,
 * without the table.
 */
export function AddFreeStep({ path, label }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <AddFreeStepForm
        path={path}
        label={label}
        onClose={() => {
          setOpen(false);
          focusAfterRender(() => pathControl(path.id, 'add-free'));
        }}
      />
    );
  }
  return (
    <button
      type="button"
      className="path-item__add"
      aria-label={t('pathPanel.addFreeNamed', { label })}
      data-path-control="add-free"
      onClick={() => {
        setOpen(true);
        focusAfterRender(() => pathControl(path.id, 'free-text'));
      }}
    >
      + {t('pathPanel.addFree')}
    </button>
  );
}

/** The phase (the first one the path skips, to begin with) and the text; stays open for the next. */
function AddFreeStepForm({ path, label, onClose }: Props & { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const language = useLanguage();
  const actions = usePathActions();
  const [phase, setPhase] = useState<PhaseId>(() => path.skippedPhases[0] ?? 'start');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (actions.addFree(path.id, phase, text) !== null) return;
    setText('');
  };
  return (
    <form
      className="path-add"
      aria-label={t('pathPanel.addFreeNamed', { label })}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <label htmlFor={`${id}-phase`}>{t('pathPanel.addFreeHeading')}</label>
      <select
        id={`${id}-phase`}
        value={phase}
        onChange={(event) => isPhaseId(event.target.value) && setPhase(event.target.value)}
      >
        {PHASE_IDS.map((each) => (
          <option key={each} value={each}>
            {phaseName(each, language)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>{t('pathPanel.addFreeText')}</label>
      <input
        id={`${id}-text`}
        value={text}
        data-path-control="free-text"
        onChange={(event) => setText(event.target.value)}
      />
      <div className="path-new__buttons">
        <button type="submit">{t('pathPanel.addFree')}</button>
        <button type="button" onClick={onClose}>
          {t('pathPanel.cancel')}
        </button>
      </div>
    </form>
  );
}
