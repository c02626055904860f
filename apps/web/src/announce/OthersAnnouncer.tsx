import { type BoardConnection, readPeers, serverLinkOf } from '@avaa/workshop-client';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useLanguage } from '../i18n/index.ts';
import { announcementText } from './othersText.ts';
import { watchOthers } from './watchOthers.ts';

/** How long the region stays empty before new words, so the same words twice are said twice. */
const CLEAR_MS = 100;

/**
 * The board's polite live region for others' changes (WCAG 4.1.3): "Aino lisäsi lapun soluun
 * Alkuvaihe – Toimenpiteet ja palvelut.", several summarised, at most one in 5 s; a vote
 * opening or closing always. Mounted once per board page; own changes are never said.
 */
export function OthersAnnouncer({ doc, connection }: { doc: Y.Doc; connection: BoardConnection }) {
  const language = useLanguage();
  const languageRef = useRef(language);
  languageRef.current = language;
  const [text, setText] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchOthers(doc, serverLinkOf(connection), {
      nameOf: (clientId) =>
        readPeers(connection.awareness).find((peer) => peer.clientId === clientId)?.user.name ?? null,
      say: (announcements) => {
        const words = announcements.map((one) => announcementText(one, languageRef.current)).join(' ');
        setText('');
        clearTimeout(timer);
        timer = setTimeout(() => setText(words), CLEAR_MS);
      },
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [doc, connection]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-announces="others">
      {text}
    </p>
  );
}
