import { ApiError } from '@avaa/protocol';
import { type FormEvent, useId, useState } from 'react';
import type { CreatedWorkshop } from '../app/api.ts';
import { useLanguage } from '../i18n/index.ts';
import { usePrintT } from '../i18n/print/index.ts';
import { importReason } from '../i18n/print/reasons.ts';
import { WorkshopLinks } from '../start/WorkshopLinks.tsx';
import { type ImportProblem, importWorkshop } from './exportApi.ts';
import '../start/start.css';

type State =
  | { state: 'idle' }
  | { state: 'importing' }
  | { state: 'done'; workshop: CreatedWorkshop }
  | { state: 'invalid'; errors: readonly ImportProblem[] }
  | { state: 'failed'; message: string };

/** Import a JSON export into a NEW workshop; its links show like the start page's. */
export function ImportForm() {
  const t = usePrintT();
  const language = useLanguage();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<State>({ state: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setStatus({ state: 'importing' });
    const result = await importWorkshop(await file.text());
    if (result.ok) return setStatus({ state: 'done', workshop: result.workshop });
    if (result.kind === 'invalid') return setStatus({ state: 'invalid', errors: result.errors });
    if (result.kind === 'network') return setStatus({ state: 'failed', message: t('print.data.network') });
    const error = result.kind === 'refused' ? result.error : null;
    const message =
      error === ApiError.invalidJson || error === ApiError.nestingTooDeep
        ? t('print.import.invalidJson')
        : error === ApiError.bodyTooLarge
          ? t('print.import.tooLarge')
          : t('print.import.failed', { status: result.status });
    setStatus({ state: 'failed', message });
  };

  if (status.state === 'done') {
    return (
      <WorkshopLinks
        workshop={status.workshop}
        anotherLabel={t('print.import.another')}
        onAnother={() => {
          setFile(null);
          setStatus({ state: 'idle' });
        }}
      />
    );
  }
  return (
    <form className="print-import" aria-labelledby="print-import-heading" onSubmit={(event) => void submit(event)}>
      <h4 id="print-import-heading">{t('print.import.heading')}</h4>
      <p>{t('print.import.help')}</p>
      <label htmlFor={inputId}>{t('print.import.file')}</label>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
      />
      <button type="submit" disabled={!file || status.state === 'importing'}>
        {status.state === 'importing' ? t('print.import.importing') : t('print.import.button')}
      </button>
      {status.state === 'failed' && (
        <p className="print-data__error" role="alert">
          {status.message}
        </p>
      )}
      {status.state === 'invalid' && (
        <div className="print-data__error" role="alert">
          <p>{t('print.import.invalid')}</p>
          <ul>
            {status.errors.map((problem) => (
              <li key={`${problem.path}:${problem.reason}`}>
                <code>{problem.path || '/'}</code>: {importReason(language, problem.reason)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
