import { endReadyCheck, type ReadyCheckState, type ReadyScope, type Result, startReadyCheck } from '@avaa/board-model';
import { useCallback, useRef, useState } from 'react';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useLightDismiss } from '../app/useLightDismiss.ts';
import { useT } from '../i18n/index.ts';
import { useKeptInWindow } from '../timer/useKeptInWindow.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { NotReadyList } from './NotReadyList.tsx';
import { useReadyCheck } from './useReadyCheck.ts';
import './readyCheck.css';

/**
 * The facilitator's ready check in the header's timer row: "Valmiita?" opens the choice of
 * asking each person or each group; while a check is open the same control reads
 * "Valmiina 7/9" and opens who is not ready yet. The count is a polite live region.
 */
export function ReadyCheckControl() {
  const t = useT();
  const workshop = useWorkshop();
  const check = useReadyCheck(workshop.doc);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const body = useKeptInWindow<HTMLDivElement>(open);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  useLightDismiss(
    open,
    useCallback(() => details.current, []),
    useCallback(() => summary.current, []),
    useCallback(() => setOpen(false), []),
  );
  const hasGroups = workshop.state.groups.some((group) => group.members.length > 0);
  const run = (result: Result<unknown>) => {
    setError(result.ok ? null : t(`error.${result.error}`));
    if (!result.ok) return;
    setOpen(false);
    focusAfterRender(summary);
  };
  const ask = (scope: ReadyScope) => run(startReadyCheck(workshop.doc, scope));
  return (
    <div className="ready-control">
      <details
        ref={details}
        className="ready-control__menu"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary ref={summary} className={check ? 'ready-control__summary--open' : undefined}>
          {check ? t('readyCheck.count', { ready: check.ready, total: check.total }) : t('readyCheck.start')}
        </summary>
        <div ref={body} className="ready-control__body">
          {check && <OpenCheck check={check} />}
          <div className="ready-control__actions">
            {(!check || check.scope === 'people') && (
              <button type="button" className="button--primary" onClick={() => ask('people')}>
                {check ? t('readyCheck.askAgain') : t('readyCheck.askPeople')}
              </button>
            )}
            {hasGroups && (!check || check.scope === 'groups') && (
              <button type="button" className={check ? undefined : 'button--primary'} onClick={() => ask('groups')}>
                {check ? t('readyCheck.askAgain') : t('readyCheck.askGroups')}
              </button>
            )}
            {check && (
              <button type="button" onClick={() => run(endReadyCheck(workshop.doc))}>
                {t('readyCheck.end')}
              </button>
            )}
          </div>
          {error && (
            <p className="ready-control__error" role="alert">
              {error}
            </p>
          )}
        </div>
      </details>
      <p className="visually-hidden" role="status">
        {check ? t('readyCheck.countLong', { ready: check.ready, total: check.total }) : ''}
      </p>
    </div>
  );
}

function OpenCheck({ check }: { check: ReadyCheckState }) {
  const t = useT();
  return (
    <div className="ready-control__state">
      <p className="ready-control__count">{t('readyCheck.countLong', { ready: check.ready, total: check.total })}</p>
      <NotReadyList check={check} />
    </div>
  );
}
