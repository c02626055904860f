import type * as Y from 'yjs';

/** The projector's line about the current vote (open: dots placed so far; closed: the results). */
export function ProjectorVoteStatus(_props: { doc: Y.Doc }) {
  return null;
}
