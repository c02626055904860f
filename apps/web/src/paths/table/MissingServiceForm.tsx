import { PHASE_IDS, type PhaseId } from '@avaa/board-model';
import { useEffect, useId, useRef, useState } from 'react';
import { useMediaQuery } from '../../app/useMediaQuery.ts';
import { phaseName } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';

type Props = {
  /** Set when a column header's "+ missing service" opened the form on its phase: focus the text. */
  phase: PhaseId | null;
  onPhase: (phase: PhaseId | null) => void;
  /** Adds the free step; false when it was refused (the words said why). */
  onAdd: (phase: PhaseId, text: string) => boolean;
};

/**
 * On a phone the banner keeps to one line or two: the missing-service form opens from a button
 * (the column headers, which open it elsewhere, are not shown there).
 */
export function MissingService(props: Props) {
  const t = useT();
  const narrow = useMediaQuery('(max-width: 759px)');
  const [open, setOpen] = useState(false);
  if (narrow && !open) {
    return (
      <button type="button" className="path-drawing__open-missing" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('pathDrawing.missingShort')}
      </button>
    );
  }
  return <MissingServiceForm {...props} autoFocus={narrow} />;
}

/**
 * A step where the table has nothing: a phase and a few words, added as a missing service (a
 * free step in that phase; steps have a phase only, no dimension). Enter adds, and the field
 * stays for the next one.
 */
function MissingServiceForm({ phase, onPhase, onAdd, autoFocus }: Props & { autoFocus: boolean }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const text = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<PhaseId>(phase ?? 'start');
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    if (phase === null) return;
    setChosen(phase);
    text.current?.focus();
    onPhase(null);
  }, [phase, onPhase]);
  const submit = () => {
    if (value.trim() === '') return setEmpty(true);
    setEmpty(false);
    if (onAdd(chosen, value)) setValue('');
  };
  return (
    <form
      className="path-drawing__missing"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <span className="path-drawing__missing-title">{t('pathDrawing.missing')}</span>
      <label>
        <span className="visually-hidden">{t('pathDrawing.missingPhase')}</span>
        <select value={chosen} onChange={(event) => setChosen(event.target.value as PhaseId)}>
          {PHASE_IDS.map((option, index) => (
            <option key={option} value={option}>
              {`${index + 1} ${phaseName(option, language)}`}
            </option>
          ))}
        </select>
      </label>
      <label className="path-drawing__missing-text">
        <span className="visually-hidden">{t('pathDrawing.missingText')}</span>
        <input
          ref={text}
          value={value}
          // Opened by its button on a phone: the field is what the person came for.
          // biome-ignore lint/a11y/noAutofocus: the form replaces the button that opened it.
          autoFocus={autoFocus}
          placeholder={t('pathDrawing.missingText')}
          aria-invalid={empty}
          aria-describedby={empty ? `${id}-empty` : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      <button type="submit">{t('pathDrawing.missingAdd')}</button>
      {empty && (
        <span id={`${id}-empty`} className="path-drawing__error" role="status">
          {t('pathDrawing.missingEmpty')}
        </span>
      )}
    </form>
  );
}
