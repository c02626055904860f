import { useId } from 'react';
import { useLanguage } from '../../i18n/index.ts';
import { usePrintT } from '../../i18n/print/index.ts';
import { importReason } from '../../i18n/print/reasons.ts';
import { WorkshopLinks } from '../../start/WorkshopLinks.tsx';
import type { ImportProblem } from '../exportApi.ts';
import { useImport } from './useImport.ts';
import '../../start/start.css';

/** Import a JSON export into a NEW workshop; its links show like the start page's. */
export function ImportForm() {
  const t = usePrintT();
  const inputId = useId();
  const { file, status, choose, submit, reset } = useImport();
  if (status.state === 'done') {
    return <WorkshopLinks workshop={status.workshop} anotherLabel={t('print.import.another')} onAnother={reset} />;
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
        onChange={(event) => choose(event.target.files?.[0] ?? null)}
      />
      <button type="submit" disabled={!file || status.state === 'importing'}>
        {status.state === 'importing' ? t('print.import.importing') : t('print.import.button')}
      </button>
      {status.state === 'failed' && (
        <p className="print-data__error" role="alert">
          {status.message}
        </p>
      )}
      {status.state === 'invalid' && <ImportProblems problems={status.errors} />}
    </form>
  );
}

/** Where the file is wrong and why, by its JSON path. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const t = usePrintT();
  const language = useLanguage();
  return (
    <div className="print-data__error" role="alert">
      <p>{t('print.import.invalid')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.reason}`}>
            <code>{problem.path || '/'}</code>: {importReason(language, problem.reason)}
          </li>
        ))}
      </ul>
    </div>
  );
}
