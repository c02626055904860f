import { useEffect, useState } from 'react';

/** The time, renewed each minute: relative times ("5 minutes ago") move on while a thread is open. */
export function useNow(every = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(timer);
  }, [every]);
  return now;
}
