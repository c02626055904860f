import { type PrivateScope, privateScopeOf, setPrivateWriting } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import { revealPrivateNotes } from '@avaa/workshop-client';
import { useId, useState } from 'react';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { usePlural, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { readPrivateState } from './privateState.ts';
import './privateWriting.css';

type Reveal = { readonly kind: 'idle' | 'revealing' | 'failed' } | { readonly kind: 'done'; readonly added: number };

/**
 * The facilitator's private writing on a board: on or off (the common table; on a group's board,
 * every group's), anonymous or not (decided before anyone writes), and the reveal of every
 * person's notes at once. A disclosure, closed by default, so the board stays in front.
 */
export function PrivateWritingTools({ board }: { board: BoardRef }) {
  const t = useT();
  const counted = usePlural();
  const id = useId();
  const workshop = useWorkshop();
  const state = useDocSnapshot(workshop.doc, readPrivateState);
  const scope: PrivateScope = privateScopeOf(board);
  const setting = state[scope];
  const [reveal, setReveal] = useState<Reveal>({ kind: 'idle' });
  const set = (on: boolean, anonymous: boolean) => setPrivateWriting(workshop.doc, scope, on ? { anonymous } : null);
  const revealAll = async () => {
    setReveal({ kind: 'revealing' });
    const target = { base: '', workshop: workshop.workshopId, token: workshop.token };
    const result = await revealPrivateNotes(target, board);
    setReveal(result.ok ? { kind: 'done', added: result.value.added } : { kind: 'failed' });
  };
  return (
    <details className="private-tools">
      <summary>{t('private.tools')}</summary>
      <label className="private-tools__switch">
        <input
          type="checkbox"
          checked={setting !== null}
          aria-describedby={`${id}-hint`}
          onChange={(event) => set(event.target.checked, setting?.anonymous ?? false)}
        />
        <span>{t(scope === 'plenary' ? 'private.switchPlenary' : 'private.switchGroups')}</span>
      </label>
      <p id={`${id}-hint`} className="private-tools__hint">
        {t('private.switchHint')}
      </p>
      <label className="private-tools__switch">
        <input
          type="checkbox"
          checked={setting?.anonymous ?? false}
          disabled={setting === null}
          onChange={(event) => set(true, event.target.checked)}
        />
        <span>{t('private.anonymous')}</span>
      </label>
      <div className="private-tools__reveal">
        <button
          type="button"
          className="button--primary"
          disabled={reveal.kind === 'revealing'}
          onClick={() => void revealAll()}
        >
          {reveal.kind === 'revealing' ? t('private.revealing') : t('private.reveal')}
        </button>
        <span role="status">
          {reveal.kind === 'done' && counted('private.revealed', reveal.added)}
          {reveal.kind === 'failed' && t('private.revealFailed')}
        </span>
      </div>
    </details>
  );
}
