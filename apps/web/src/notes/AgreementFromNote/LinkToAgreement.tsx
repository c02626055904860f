import { AGREEMENT_SECTIONS, type AgreementView, type NoteId } from '@avaa/board-model';
import { noteLabel } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';

/**
 * The register's items to link a note to, section by section in the method's order; an item
 * the note is linked to already is shown but cannot be chosen.
 */
export function LinkToAgreement({
  items,
  note,
  name,
  chosen,
  onChoose,
}: {
  items: readonly AgreementView[];
  note: NoteId;
  /** The radio group's name, unique on the page. */
  name: string;
  chosen: string | null;
  onChoose: (item: AgreementView) => void;
}) {
  const t = useT();
  const language = useLanguage();
  if (items.length === 0) return <p className="panel__note">{t('fromNote.link.none')}</p>;
  return (
    <div className="agreement-from-note__items">
      {AGREEMENT_SECTIONS.map((section, index) => {
        const inSection = items.filter((item) => item.section === section.id);
        if (inSection.length === 0) return null;
        return (
          <fieldset key={section.id}>
            <legend>{`${index + 1}. ${section.title[language]}`}</legend>
            {inSection.map((item) => {
              const linked = item.notes.includes(note);
              return (
                <label key={item.id} className="choice">
                  <input
                    type="radio"
                    name={name}
                    checked={chosen === item.id}
                    disabled={linked}
                    onChange={() => onChoose(item)}
                  />
                  {noteLabel(item.text, 80)}
                  {linked && <span className="agreement-from-note__linked"> ({t('fromNote.link.already')})</span>}
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
