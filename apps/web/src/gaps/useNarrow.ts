import { useMediaQuery } from '../app/useMediaQuery.ts';

/** The board's phone layout (rows stacked), the same breakpoint as board.css. */
const NARROW = '(max-width: 759px)';

export function useNarrow(): boolean {
  return useMediaQuery(NARROW);
}
