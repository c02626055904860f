import {
  type Language,
  MAX_PATH_NAME_LENGTH,
  PATH_COLOURS,
  PATH_STARTERS,
  type PathColour,
  type PathView,
  pathLabel,
} from '@avaa/board-model';
import { type FormEvent, useId, useLayoutEffect, useState } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useLanguage, useT, useWorkshopLanguage } from '../../i18n/index.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { ColourSelect } from './ColourSelect.tsx';
import { DescriptionField, FormButtons } from './formParts.tsx';
import { PathPrivacyWarning } from './PathPrivacyWarning.tsx';
import { panelControl, pathControl } from './panelOpen.ts';
import { usePathActions } from './usePathActions.ts';

/** "Uusi polku": one click on a starter archetype, or a name of one's own; drawing starts at once. */
export function NewPath({ paths }: { paths: readonly PathView[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="path-panel__new"
        data-path-control="new"
        onClick={() => {
          setOpen(true);
          focusAfterRender(() => panelControl('name'));
        }}
      >
        + {t('pathPanel.new')}
      </button>
    );
  }
  return <NewPathForm paths={paths} onClose={() => setOpen(false)} />;
}

type FormProps = { paths: readonly PathView[]; onClose: () => void };

/**
 * Creates the path (drawing starts: see usePathActions), says so and puts the focus on it; a
 * refused name is said beside the field, and what was typed stays.
 */
function useCreate({ paths, onClose }: FormProps, colour: PathColour, setError: (error: string) => void) {
  const t = useT();
  const actions = usePathActions();
  const showToast = useBoardUi((state) => state.showToast);
  return (path: Starter) => {
    const created = actions.create({ ...path, colour });
    if (!created.ok) {
      setError(t(`error.${created.error}`));
      focusAfterRender(() => panelControl('name'));
      return;
    }
    showToast({ message: t('pathPanel.created', { label: pathLabel(paths.length) }) });
    onClose();
    focusAfterRender(() => pathControl(created.value, 'heading'));
  };
}

/**
 * The name field takes focus as the form appears, in the same task as the key that opened it:
 * a keystroke right after Enter lands in the field, never on the page between two frames.
 */
function useFocusNameOnOpen(): void {
  useLayoutEffect(() => panelControl('name')?.focus(), []);
}

function NewPathForm(props: FormProps) {
  const t = useT();
  const id = useId();
  useFocusNameOnOpen();
  const [starters, suggestions] = useStarters();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [colour, setColour] = useState<PathColour>(() => nextColour(props.paths));
  const [error, setError] = useState<string | null>(null);
  const create = useCreate(props, colour, setError);
  const cancel = () => {
    props.onClose();
    focusAfterRender(() => panelControl('new'));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create({ name, description });
  };
  return (
    <form
      className="path-new"
      aria-labelledby={`${id}-heading`}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && cancel()}
    >
      <h3 id={`${id}-heading`} className="path-new__heading">
        {t('pathPanel.newHeading')}
      </h3>
      <StarterButtons starters={starters} onPick={create} />
      <NameField
        id={id}
        name={name}
        suggestions={suggestions}
        error={error}
        onChange={(value) => {
          setName(value);
          setError(null);
        }}
      />
      <DescriptionField id={id} value={description} onChange={setDescription} />
      <PathPrivacyWarning id={`${id}-privacy`} text={`${name}\n${description}`} />
      <ColourSelect value={colour} onChange={setColour} />
      <FormButtons submit={t('pathPanel.create')} onCancel={cancel} />
    </form>
  );
}

/** One click creates a path from a starter archetype, named and described. */
function StarterButtons({ starters, onPick }: { starters: readonly Starter[]; onPick: (starter: Starter) => void }) {
  const t = useT();
  return (
    <fieldset className="path-new__starters">
      <legend>{t('pathPanel.starters')}</legend>
      {starters.map((starter) => (
        <button
          key={starter.name}
          type="button"
          className="path-new__starter"
          aria-label={t('pathPanel.starterUse', { name: starter.name })}
          onClick={() => onPick(starter)}
        >
          {starter.name}
        </button>
      ))}
    </fieldset>
  );
}

type NameProps = {
  id: string;
  name: string;
  suggestions: readonly string[];
  error: string | null;
  onChange: (name: string) => void;
};

/** The archetype's name, with the starters as suggestions and a refusal said beside it. */
function NameField({ id, name, suggestions, error, onChange }: NameProps) {
  const t = useT();
  return (
    <>
      <label htmlFor={`${id}-name`}>{t('pathPanel.name')}</label>
      <input
        id={`${id}-name`}
        list={`${id}-suggestions`}
        value={name}
        maxLength={MAX_PATH_NAME_LENGTH}
        aria-describedby={`${id}-hint ${id}-privacy${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        data-path-control="name"
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="path-new__hint">
        {t('pathPanel.nameHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="path-new__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

type Starter = { readonly name: string; readonly description: string };

/**
 * The starters in the workshop's language (what its board is written in), and as suggestions
 * for the name field in the UI's language too when it differs.
 */
function useStarters(): [Starter[], string[]] {
  const board = useWorkshopLanguage();
  const ui: Language = useLanguage();
  const starters = PATH_STARTERS.map((starter) => ({
    name: starter.name[board],
    description: starter.description[board],
  }));
  const suggestions = PATH_STARTERS.flatMap((starter) =>
    board === ui ? [starter.name[board]] : [starter.name[board], starter.name[ui]],
  );
  return [starters, suggestions];
}

/** The first colour no path has, as the domain picks one; chosen here so the person sees it. */
function nextColour(paths: readonly PathView[]): PathColour {
  const used = new Set(paths.map((path) => path.colour));
  return PATH_COLOURS.find((colour) => !used.has(colour)) ?? PATH_COLOURS[paths.length % PATH_COLOURS.length] ?? 'blue';
}
