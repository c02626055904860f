import { useEffect, useState } from 'react';

/** Who runs this server (GET /api/operator); null fields are not configured. */
export type Operator = {
  readonly name: string | null;
  readonly accessibilityEmail: string | null;
  readonly accessibilityFeedbackUrl: string | null;
};

const NOBODY: Operator = { name: null, accessibilityEmail: null, accessibilityFeedbackUrl: null };

/** null while loading; if the server cannot be asked, the statement shows its defaults. */
export function useOperator(): Operator | null {
  const [operator, setOperator] = useState<Operator | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/operator')
      .then((response) => (response.ok ? (response.json() as Promise<Operator>) : NOBODY))
      .catch(() => NOBODY)
      .then((answer) => {
        if (live) setOperator({ ...NOBODY, ...answer });
      });
    return () => {
      live = false;
    };
  }, []);
  return operator;
}
