import type { Operator } from '@avaa/protocol';
import { fetchOperator } from '@avaa/workshop-client';
import { useEffect, useState } from 'react';

/** Who runs this server (GET /api/operator); null fields are not configured. */
export type { Operator };

const NOBODY: Operator = { name: null, accessibilityEmail: null, accessibilityFeedbackUrl: null };

/** null while loading; if the server cannot be asked, the statement shows its defaults. */
export function useOperator(): Operator | null {
  const [operator, setOperator] = useState<Operator | null>(null);
  useEffect(() => {
    let live = true;
    void fetchOperator('').then((answer) => {
      if (live) setOperator(answer.ok ? answer.value : NOBODY);
    });
    return () => {
      live = false;
    };
  }, []);
  return operator;
}
