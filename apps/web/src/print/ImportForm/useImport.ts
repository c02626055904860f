import { ApiError } from '@avaa/protocol';
import { type FormEvent, useState } from 'react';
import type { CreatedWorkshop } from '../../app/api.ts';
import { usePrintT } from '../../i18n/print/index.ts';
import { type ImportProblem, importWorkshop } from '../exportApi.ts';

export type ImportStatus =
  | { state: 'idle' }
  | { state: 'importing' }
  | { state: 'done'; workshop: CreatedWorkshop }
  | { state: 'invalid'; errors: readonly ImportProblem[] }
  | { state: 'failed'; message: string };

export type Import = {
  readonly file: File | null;
  readonly status: ImportStatus;
  readonly choose: (file: File | null) => void;
  readonly submit: (event: FormEvent) => Promise<void>;
  /** Back to an empty form, for another file. */
  readonly reset: () => void;
};

/** The chosen file and what became of sending it: a new workshop, the file's problems, or why it failed. */
export function useImport(): Import {
  const t = usePrintT();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<ImportStatus>({ state: 'idle' });
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
  const reset = () => {
    setFile(null);
    setStatus({ state: 'idle' });
  };
  return { file, status, choose: setFile, submit, reset };
}
