import { type Language, type PersonId, readPaths } from '@avaa/board-model';
import type * as Y from 'yjs';
import { renderOnBoard, testBoard } from '../../testing/renderOnBoard.tsx';
import { TestWorkshop, workshopDoc } from '../../testing/workshopFixture.tsx';
import { createPathUiStore, PathUiContext } from '../pathUi.ts';
import { PathPanel } from './PathPanel.tsx';

/**
 * The panel as OpenBoard shows it: on a board (its document local, as offline), with the path
 * UI store and a workshop where this device joined as a person whose id paths record.
 */
export function renderPanel(doc: Y.Doc = testBoard(), language: Language = 'fi') {
  const workshop = workshopDoc({ people: [{ name: 'Työvalmentaja', role: 'core-staff' }] });
  const personId = workshop.ids[0] as PersonId;
  const pathUi = createPathUiStore();
  const rendered = renderOnBoard(
    <TestWorkshop doc={workshop.doc} access={{ role: 'participant', personId }}>
      <PathUiContext.Provider value={pathUi}>
        <PathPanel />
      </PathUiContext.Provider>
    </TestWorkshop>,
    doc,
    { language },
  );
  return { ...rendered, pathUi, personId, paths: () => readPaths(doc) };
}
