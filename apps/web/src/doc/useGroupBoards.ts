import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useRef, useState } from 'react';
import { closeGroupBoard, connectGroupBoard, type GroupBoardLink } from './groupBoards.ts';

/**
 * One live connection per group room for as long as the page shows them: new groups are
 * connected, removed ones closed, and all of them closed when the page goes away.
 */
export function useGroupBoards(
  workshopId: WorkshopId,
  token: string,
  groups: readonly number[],
): readonly GroupBoardLink[] {
  const open = useRef(new Map<number, GroupBoardLink>());
  const [links, setLinks] = useState<readonly GroupBoardLink[]>([]);
  const key = groups.join(',');

  useEffect(() => {
    const wanted = new Set(key === '' ? [] : key.split(',').map(Number));
    for (const [group, link] of open.current) {
      if (wanted.has(group)) continue;
      closeGroupBoard(link);
      open.current.delete(group);
    }
    for (const group of wanted) {
      if (!open.current.has(group)) open.current.set(group, connectGroupBoard(workshopId, group, token));
    }
    setLinks([...open.current.values()].sort((a, b) => a.group - b.group));
  }, [workshopId, token, key]);

  useEffect(() => {
    const held = open.current;
    return () => {
      for (const link of held.values()) closeGroupBoard(link);
      held.clear();
    };
  }, []);

  return links;
}
