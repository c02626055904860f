import { startFrom, validateWorkshopExport, type WorkshopStart } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { type FormEvent, useState } from 'react';
import { usePrintT } from '../../i18n/print/index.ts';
import { fetchExport, importWorkshop } from '../exportApi.ts';
import type { ImportStatus } from '../ImportForm/useImport.ts';

export type StartFrom = {
  readonly start: WorkshopStart;
  readonly title: string;
  readonly status: ImportStatus;
  readonly choose: (start: WorkshopStart) => void;
  readonly rename: (title: string) => void;
  readonly submit: (event: FormEvent) => Promise<void>;
  readonly reset: () => void;
};

/**
 * A new workshop from this one: this workshop's export as the server stores it, reduced to
 * the chosen start (board-model's `startFrom`) and imported as any export is, so the server
 * validates and creates it; this workshop does not change.
 */
export function useStartFrom(workshopId: WorkshopId, token: string, currentTitle: string): StartFrom {
  const t = usePrintT();
  const [start, choose] = useState<WorkshopStart>('table');
  const [title, rename] = useState(currentTitle);
  const [status, setStatus] = useState<ImportStatus>({ state: 'idle' });
  const fail = (status: number | null) =>
    setStatus({
      state: 'failed',
      message: status === null ? t('print.data.network') : t('print.import.failed', { status }),
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ state: 'importing' });
    const exported = await fetchExport(workshopId, token, 'json');
    if (!exported.ok) return fail(exported.kind === 'network' ? null : exported.status);
    const parsed = validateWorkshopExport(JSON.parse(await exported.blob.text()));
    if (!parsed.ok) return setStatus({ state: 'invalid', errors: parsed.errors });
    const fresh = startFrom(parsed.value, start, { title: title.trim(), now: Date.now() });
    const result = await importWorkshop(JSON.stringify(fresh));
    if (result.ok) return setStatus({ state: 'done', workshop: result.workshop });
    if (result.kind === 'invalid') return setStatus({ state: 'invalid', errors: result.errors });
    fail(result.kind === 'network' ? null : result.status);
  };
  return { start, title, status, choose, rename, submit, reset: () => setStatus({ state: 'idle' }) };
}
