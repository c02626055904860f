import { useT } from '../../i18n/index.ts';
import { type PrintChoice, TABLE_FORMATS } from '../printChoice.ts';
import './image.css';

type Props = { choice: PrintChoice; set: (change: Partial<PrintChoice>) => void };

/** The table as a PDF, a PNG or an SVG; a PNG may be made at twice the pixels. */
export function TableFormat({ choice, set }: Props) {
  const t = useT();
  return (
    <>
      <fieldset
        className="print-options__sizes"
        aria-describedby={choice.tableFormat === 'pdf' ? undefined : 'print-image-format-help'}
      >
        <legend>{t('image.format')}</legend>
        {TABLE_FORMATS.map((format) => (
          <label key={format}>
            <input
              type="radio"
              name="print-table-format"
              checked={choice.tableFormat === format}
              onChange={() => set({ tableFormat: format })}
            />
            {t(`image.format.${format}`)}
          </label>
        ))}
      </fieldset>
      {choice.tableFormat !== 'pdf' && (
        <p id="print-image-format-help" className="print-image-format__help">
          {t('image.format.help')}
        </p>
      )}
      {choice.tableFormat === 'png' && (
        <label className="print-options__check">
          <input
            type="checkbox"
            checked={choice.sharp}
            onChange={(event) => set({ sharp: event.currentTarget.checked })}
          />
          {t('image.sharp')}
        </label>
      )}
    </>
  );
}
