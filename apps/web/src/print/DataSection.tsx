import type { WorkshopId } from '@avaa/protocol';
import { useState } from 'react';
import { usePrintT } from '../i18n/print/index.ts';
import { type DataFormat, fetchExport } from './exportApi.ts';
import { ImportForm } from './ImportForm/ImportForm.tsx';
import { saveBlob } from './renderPdf.ts';
import { StartFromForm } from './StartFrom/StartFromForm.tsx';

const FORMATS = [
  { format: 'json', label: 'print.data.json' },
  { format: 'csv', label: 'print.data.csv' },
  { format: 'xlsx', label: 'print.data.xlsx' },
  { format: 'md', label: 'print.data.md' },
] as const;

/**
 * The facilitator's data: the whole workshop as JSON, CSV, an Excel workbook or Markdown, import into a new one,
 * and a new workshop from this one.
 */
export function DataSection({ workshopId, token, title }: { workshopId: WorkshopId; token: string; title: string }) {
  const t = usePrintT();
  const [busy, setBusy] = useState<DataFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: DataFormat) => {
    setBusy(format);
    setError(null);
    const result = await fetchExport(workshopId, token, format);
    setBusy(null);
    if (result.ok) saveBlob(result.blob, result.fileName);
    else
      setError(result.kind === 'network' ? t('print.data.network') : t('print.data.failed', { status: result.status }));
  };
  return (
    <section className="print-data" aria-labelledby="print-data-heading">
      <h3 id="print-data-heading">{t('print.data.heading')}</h3>
      <p>{t('print.data.help')}</p>
      <div className="print-data__buttons">
        {FORMATS.map(({ format, label }) => (
          <button key={format} type="button" disabled={busy !== null} onClick={() => void download(format)}>
            {busy === format ? t('print.data.downloading') : t(label)}
          </button>
        ))}
      </div>
      {error && (
        <p className="print-data__error" role="alert">
          {error}
        </p>
      )}
      <ImportForm />
      <StartFromForm workshopId={workshopId} token={token} title={title} />
    </section>
  );
}
