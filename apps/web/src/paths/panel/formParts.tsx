import { useT } from '../../i18n/index.ts';

/** A path's description, described by the privacy status `${id}-privacy` beside it. */
export function DescriptionField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <>
      <label htmlFor={`${id}-description`}>{t('pathPanel.description')}</label>
      <textarea
        id={`${id}-description`}
        value={value}
        rows={2}
        aria-describedby={`${id}-privacy`}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  );
}

/** A form's submit (named for what it does) and Cancel. */
export function FormButtons({ submit, onCancel }: { submit: string; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="path-new__buttons">
      <button type="submit">{submit}</button>
      <button type="button" onClick={onCancel}>
        {t('pathPanel.cancel')}
      </button>
    </div>
  );
}
