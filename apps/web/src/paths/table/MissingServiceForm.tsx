import { PHASE_IDS, type PhaseId } from '@avaa/board-model';
import { useEffect, useId, useRef, useState } from 'react';
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
 * On a phone the banner keeps to a few lines: the missing-service form opens from a button there
 * (pathTable.css shows the button and hides the closed form only on a phone, whose column
 * headers, which open the form elsewhere, are out of sight).
 */
export function MissingService(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      {!open && (
        <button
          type="button"
          className="path-drawing__open-missing"
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('pathDrawing.missingShort')}
        </button>
      )}
      <MissingServiceForm {...props} opened={open} />
    </>
  );
}

/**
 * A step where the table has nothing: a phase and a few words, added as a missing service (a
 * free step in that phase; steps have a phase only, no dimension). Enter adds, and the field
 * stays for the next one.
 */
function MissingServiceForm({ phase, onPhase, onAdd, opened }: Props & { opened: boolean }) {
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
  // Opened by its button (on a phone), which is gone: the field is what the person came for.
  useEffect(() => {
    if (opened) text.current?.focus();
  }, [opened]);
  const submit = () => {
    if (value.trim() === '') return setEmpty(true);
    setEmpty(false);
    if (onAdd(chosen, value)) setValue('');
  };
  return (
    <form
      className={opened ? 'path-drawing__missing' : 'path-drawing__missing path-drawing__missing--closed'}
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
