import { agreementsCalendar, readAgreements } from '@avaa/board-model';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../../doc/useDocSnapshot.ts';
import { useT, useWorkshopLanguage } from '../../i18n/index.ts';
import { saveBlob } from '../../print/renderPdf.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

const datedItems = (doc: Y.Doc) =>
  readAgreements(doc).filter((item) => item.due !== null && (item.status === 'open' || item.status === 'in-progress'))
    .length;

/**
 * The next meeting and the open items' due dates as a calendar file, in the workshop's language,
 * made on this device from the register (it works offline, and anyone reading the register may
 * take it).
 */
export function CalendarDownload({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const language = useWorkshopLanguage();
  const { state } = useWorkshop();
  const count = useDocSnapshot(doc, datedItems);
  const title = state.meta?.title ?? 'Avaa';
  const download = useCallback(() => {
    const text = agreementsCalendar(doc, { language, title });
    saveBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), `${t('calendar.fileName')}.ics`);
  }, [doc, language, title, t]);
  return (
    <div className="agreement-calendar">
      <button type="button" onClick={download} aria-describedby="agreement-calendar-hint" disabled={count === 0}>
        {t('calendar.download')}
      </button>
      <p id="agreement-calendar-hint">{count === 0 ? t('calendar.none') : t('calendar.hint')}</p>
    </div>
  );
}
