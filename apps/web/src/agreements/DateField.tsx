import { parseDate } from '@avaa/board-model';
import { useT, useWorkshopLanguage } from '../i18n/index.ts';
import { DATE_EXAMPLE, formatDate, stepDate } from './dates.ts';

type Props = {
  /** The input's id (the form focuses it when the date is refused). */
  id: string;
  label: string;
  /** What is typed, as the workshop's language writes dates (fi 24.11.2026, sv and en 2026-11-24). */
  text: string;
  onText: (text: string) => void;
  /** Said under the field and read with it; the field is marked invalid. */
  error: string | null;
  /** The field checks itself when left: it may say that the date is not one. */
  onLeave?: () => void;
};

/**
 * A date typed as the workshop writes it, instead of `<input type="date">`, which shows the
 * browser's locale (mm/dd/yyyy in an American browser) whatever the workshop's language. An
 * example under the label gives the order; the arrow keys step a day, as in a date input.
 */
export function DateField({ id, label, text, onText, error, onLeave }: Props) {
  const t = useT();
  const language = useWorkshopLanguage();
  const described = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <div className="draft-field date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onText(event.target.value)}
        onBlur={onLeave}
        onKeyDown={(event) => {
          const iso = parseDate(text);
          if (!iso || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
          event.preventDefault();
          onText(formatDate(stepDate(iso, event.key === 'ArrowUp' ? 1 : -1), language));
        }}
      />
      <span id={`${id}-hint`} className="date-field__hint">
        {t('date.example', { example: formatDate(DATE_EXAMPLE, language) })}
      </span>
      <p id={`${id}-error`} className="draft-field__error" role="status">
        {error}
      </p>
    </div>
  );
}

/** The error a date field says of what does not read as a date. */
export function useInvalidDateText(): string {
  const t = useT();
  const language = useWorkshopLanguage();
  return t('date.invalid', { example: formatDate(DATE_EXAMPLE, language) });
}
