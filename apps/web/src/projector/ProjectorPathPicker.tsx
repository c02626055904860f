import { type OperationError, type PathId, pathLabel, readProjectedPath, setProjectorView } from '@avaa/board-model';
import type * as Y from 'yjs';
import { useBoardSession } from '../client/useSessions.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { usePaths } from '../doc/usePaths.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

const PLENARY = { kind: 'plenary' } as const;

/**
 * While the projector shows the service paths: which, all of them or one path of the common
 * table. The table is opened read-only only while this shows, for the paths' names.
 */
export function ProjectorPathPicker({ doc, onDone }: { doc: Y.Doc; onDone: (error: OperationError | null) => void }) {
  const workshop = useWorkshop();
  const table = useBoardSession(workshop.client, PLENARY, false);
  return table && <Picker doc={doc} tableDoc={table.doc} onDone={onDone} />;
}

function Picker({
  doc,
  tableDoc,
  onDone,
}: {
  doc: Y.Doc;
  tableDoc: Y.Doc;
  onDone: (error: OperationError | null) => void;
}) {
  const t = useT();
  const paths = usePaths(tableDoc);
  const chosen = useDocSnapshot(doc, readProjectedPath);
  const choose = (value: string) => {
    const done = setProjectorView(doc, 'paths', value === '' ? {} : { path: value as PathId });
    onDone(done.ok ? null : done.error);
  };
  return (
    <label className="projector-control__picker">
      {t('pathView.projector.picker')}
      <select value={chosen ?? ''} onChange={(event) => choose(event.target.value)}>
        <option value="">{t('pathView.projector.allPaths')}</option>
        {paths.map((path, index) => (
          <option key={path.id} value={path.id}>
            {pathLabel(index)}. {path.name}
          </option>
        ))}
      </select>
    </label>
  );
}
