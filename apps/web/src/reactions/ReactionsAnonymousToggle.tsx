import { setReactionsAnonymous } from '@avaa/workshop-client';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { useReactionsAnonymous } from './useReactions.ts';
import './reactions.css';

/**
 * The facilitator's choice for the whole workshop: reactions show counts only, not who reacted.
 * The server keeps the setting and takes the names out of every board (http/reactionsApi.ts).
 */
export function ReactionsAnonymousToggle({ doc }: { doc: Y.Doc }) {
  const t = useT();
  const id = useId();
  const workshop = useWorkshop();
  const anonymous = useReactionsAnonymous(doc);
  // While the choice is on its way: shown as chosen until the board's document says so.
  const [sending, setSending] = useState<boolean | null>(null);
  const showToast = useBoardUi((state) => state.showToast);
  if (!isFacilitator(workshop)) return null;
  const token = workshop.role === 'facilitator' ? workshop.token : workshop.personToken;
  if (!token) return null;
  return (
    <span className="reactions-anonymous">
      <input
        id={id}
        type="checkbox"
        checked={sending ?? anonymous}
        onChange={(event) => {
          const chosen = event.target.checked;
          setSending(chosen);
          const endpoint = { base: '', workshop: workshop.workshopId, token };
          void setReactionsAnonymous(endpoint, chosen).then((answer) => {
            setSending(null);
            if (!answer.ok) showToast({ message: t('reactions.refused') });
          });
        }}
      />
      <label htmlFor={id}>{t('reactions.anonymous')}</label>
    </span>
  );
}
