import type { PathId } from '@avaa/board-model';
import { useT } from '../../i18n/index.ts';
import { useDrawersOf } from '../drawingPresence.ts';

/** "Aino piirtää tätä polkua": two people picking into one path see each other before their steps interleave. */
export function PathDrawers({ path }: { path: PathId }) {
  const t = useT();
  const drawers = useDrawersOf(path);
  if (drawers.length === 0) return null;
  const names = drawers.map((peer) => peer.user.name).join(', ');
  return (
    <p className="path-item__drawers">
      {t(drawers.length === 1 ? 'pathPanel.drawnByOne' : 'pathPanel.drawnByMany', { names })}
    </p>
  );
}
