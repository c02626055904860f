import { agreementSearchItems, noteSearchItems, type SearchItem } from '@avaa/board-model';
import type { RoomSession } from '@avaa/workshop-client';
import { useEffect, useMemo, useReducer, useState } from 'react';
import type * as Y from 'yjs';
import { useGroupBoards } from '../client/useSessions.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

/**
 * Everything search looks in, read live while the search is open: the common table and every
 * group's board (each a read-only link, closed with the search) and the workshop document's
 * agreements. Comments on notes, when they come, are read here too, as items of their own.
 */
export function useSearchItems(): { items: readonly SearchItem[]; loading: boolean } {
  const workshop = useWorkshop();
  const groups = workshop.state.groups.map((group) => group.number);
  const links = useGroupBoards(workshop.client, groups);
  const [plenary, setPlenary] = useState<RoomSession | null>(null);
  useEffect(() => {
    const opened = workshop.client.readBoard({ kind: 'plenary' });
    setPlenary(opened);
    return () => opened.close();
  }, [workshop.client]);
  const sources = useMemo(
    () => [
      ...(plenary ? [{ board: 'plenary' as const, doc: plenary.doc }] : []),
      ...links.map((link) => ({ board: link.group, doc: link.doc })),
    ],
    [plenary, links],
  );
  const docs = useMemo(() => [workshop.doc, ...sources.map((source) => source.doc)], [workshop.doc, sources]);
  const version = useDocsVersion(docs);
  const items = useMemo(() => readItems(sources, workshop.doc, version), [sources, workshop.doc, version]);
  return { items, loading: links.length < groups.length || plenary === null };
}

/** `version` names the documents' state the items are read at (useDocsVersion). */
function readItems(sources: readonly { board: 'plenary' | number; doc: Y.Doc }[], workshopDoc: Y.Doc, version: number) {
  return version < 0
    ? []
    : [...sources.flatMap((source) => noteSearchItems(source.doc, source.board)), ...agreementSearchItems(workshopDoc)];
}

/** A number that grows on every change of any of `docs`, to read them again. */
function useDocsVersion(docs: readonly Y.Doc[]): number {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    for (const doc of docs) doc.on('update', bump);
    return () => {
      for (const doc of docs) doc.off('update', bump);
    };
  }, [docs]);
  return version;
}
