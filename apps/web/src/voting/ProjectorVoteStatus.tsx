import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { usePlural, useT } from '../i18n/index.ts';
import { readVoteState } from './voteView.ts';
import './voting.css';

/** What the projector's header needs: no per-note counts while a vote is open. */
function readStatus(doc: Y.Doc): { open: boolean; dots: number } | null {
  const { open, results } = readVoteState(doc);
  if (open) return { open: true, dots: open.totalDots };
  return results ? { open: false, dots: results.totalDots } : null;
}

/** The projector's line about the current vote (open: dots placed so far; closed: the results). */
export function ProjectorVoteStatus({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const counted = usePlural();
  const status = useDocSnapshot(doc, readStatus);
  if (!status) return null;
  return (
    <span className={`projector-vote${status.open ? ' projector-vote--open' : ''}`} role="status">
      {status.open
        ? counted('vote.projectorOpen', status.dots, { dots: counted('vote.dots', status.dots) })
        : t('vote.projectorResults')}
    </span>
  );
}
