import type { BoardRef } from '@avaa/protocol';
import type { BoardSession, GroupBoardLink, RoomSession, WorkshopClient } from '@avaa/workshop-client';
import { useEffect, useMemo, useState } from 'react';
import { useReading } from './useReading.ts';

/**
 * Hands the opened room to the component once the device's copy is read into it (at once
 * without a copy), so the page renders the room once with the device's notes rather than
 * empty and then again. An empty copy is read in a few milliseconds: no wait for the network.
 */
function showWhenRead<T extends RoomSession>(
  opened: T,
  show: (session: T | null) => void,
  prepare?: (session: T) => Promise<void> | undefined,
): () => void {
  let current = true;
  const shown = () => {
    if (current) show(opened);
  };
  // What the page needs before its first render (the workshop's language), once the copy is read.
  const ready = () => {
    const prepared = current ? prepare?.(opened) : undefined;
    if (prepared) void prepared.then(shown, shown);
    else shown();
  };
  if (opened.offlineRead) void opened.offlineRead.then(ready);
  else ready();
  return () => {
    current = false;
    show(null);
    opened.close();
  };
}

/**
 * The workshop document's room while the component shows it. `prepare` (a stable function) runs
 * once the device's copy is read, and the room is handed over when it resolves.
 */
export function useWorkshopRoom(
  client: WorkshopClient,
  prepare?: (session: RoomSession) => Promise<void> | undefined,
): RoomSession | null {
  const [session, setSession] = useState<RoomSession | null>(null);
  useEffect(() => showWhenRead(client.openWorkshop(), setSession, prepare), [client, prepare]);
  return session;
}

/**
 * A board's session while the component shows it. `undoable`: whether this person may write
 * the board at all (the role, fixed for the page); whether they may right now (their group) is
 * the UI's business, so moving someone to another group does not reconnect.
 */
export function useBoardSession(client: WorkshopClient, board: BoardRef, undoable: boolean): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  const group = board.kind === 'group' ? board.group : null;
  useEffect(
    () => showWhenRead(client.openBoard(group === null ? PLENARY : { kind: 'group', group }, { undoable }), setSession),
    [client, group, undoable],
  );
  return session;
}

const PLENARY: BoardRef = { kind: 'plenary' };

/** The groups' boards read live, following `groups` as it changes. */
export function useGroupBoards(client: WorkshopClient, groups: readonly number[]): readonly GroupBoardLink[] {
  const set = useMemo(() => client.followGroupBoards(), [client]);
  const key = groups.join(',');
  useEffect(() => set.follow(key === '' ? [] : key.split(',').map(Number)), [set, key]);
  useEffect(() => () => set.close(), [set]);
  return useReading(set.links);
}
