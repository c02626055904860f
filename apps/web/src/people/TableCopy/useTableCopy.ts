import { useCallback, useEffect, useRef, useState } from 'react';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

export type TableCopyStatus = 'idle' | 'copying' | 'copied' | 'failed';

/**
 * "Groups start from a copy of the common table" (default off): the facilitator's choice, and the
 * copy made once the grouping is applied. The copy waits for the grouping to be stored, copies
 * through the workshop client and says how it went; a failed copy can be tried again, as a copy
 * never doubles what is already there.
 */
export function useTableCopy() {
  const { client, connection } = useWorkshop();
  const [chosen, setChosen] = useState(false);
  const [status, setStatus] = useState<TableCopyStatus>('idle');
  const [groups, setGroups] = useState<readonly number[]>([]);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const copy = useCallback(
    async (numbers: readonly number[]) => {
      setGroups(numbers);
      setStatus('copying');
      const outcome = await client.copyTableToGroups(connection, numbers);
      if (mounted.current) setStatus(outcome.ok ? 'copied' : 'failed');
    },
    [client, connection],
  );
  /** After a grouping of `count` groups was applied (they are numbered 1..count). */
  const applied = (count: number) => {
    if (chosen) void copy(Array.from({ length: count }, (_, index) => index + 1));
    else setStatus('idle');
  };
  const retry = () => void copy(groups);
  return { chosen, choose: setChosen, status, applied, retry };
}
