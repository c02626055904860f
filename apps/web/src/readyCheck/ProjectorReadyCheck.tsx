import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { useReadyCheck } from './useReadyCheck.ts';
import './readyCheck.css';

/** The projector's header while a ready check is open: "7/9 valmiina", large, for the room. */
export function ProjectorReadyCheck({ workshopDoc }: { workshopDoc: Y.Doc }) {
  const t = useT();
  const check = useReadyCheck(workshopDoc);
  if (!check) return null;
  const all = check.total > 0 && check.ready === check.total;
  return (
    <p className={`projector-ready${all ? ' projector-ready--all' : ''}`} role="status">
      <span className="projector-ready__label">{t('readyCheck.label')}</span>
      <span className="projector-ready__count">
        {t('readyCheck.countLong', { ready: check.ready, total: check.total })}
      </span>
    </p>
  );
}
