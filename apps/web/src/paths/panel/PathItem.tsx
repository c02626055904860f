import { type PathView, pathLabel } from '@avaa/board-model';
import { useState } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { phaseName } from '../../board/names.ts';
import { useMayDelete } from '../../deleted/useMayDelete.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { PathBadge } from '../PathBadge.tsx';
import { pathInkStyle } from '../pathLook.ts';
import { isPathShown, usePathUi } from '../pathUi.ts';
import { AddFreeStep } from './AddFreeStep.tsx';
import { PathDrawers } from './PathDrawers.tsx';
import { PathEditForm } from './PathEditForm.tsx';
import { panelControl, pathControl } from './panelOpen.ts';
import { StepList } from './StepList.tsx';
import { usePathActions } from './usePathActions.ts';

type Props = { path: PathView; index: number; canEdit: boolean };

/** One path: its letter and name, what it skips, its tools, its steps, and a missing service to add. */
export function PathItem({ path, index, canEdit }: Props) {
  const t = useT();
  const label = pathLabel(index);
  const [editing, setEditing] = useState(false);
  const drawing = usePathUi((state) => state.drawing === path.id);
  return (
    <li className={drawing ? 'path-item path-item--drawing' : 'path-item'} data-path-id={path.id}>
      <div className="path-item__head" style={pathInkStyle(path.colour)}>
        <PathBadge index={index} colour={path.colour} />
        <h3 className="path-item__name" tabIndex={-1} data-path-control="heading">
          <span className="visually-hidden">{t('pathPanel.label', { label })}:</span> {path.name}
        </h3>
      </div>
      {path.description && <p className="path-item__description">{path.description}</p>}
      {path.source && <p className="path-item__source">{t('pathPanel.source', { group: path.source.group })}</p>}
      <PhaseGaps path={path} />
      <PathTools path={path} label={label} canEdit={canEdit} onEdit={() => setEditing(true)} />
      {drawing && <p className="path-item__drawing">{t('pathPanel.drawing')}</p>}
      <PathDrawers path={path.id} />
      {editing && (
        <PathEditForm
          path={path}
          label={label}
          onClose={() => {
            setEditing(false);
            focusAfterRender(() => pathControl(path.id, 'edit'));
          }}
        />
      )}
      <StepList path={path} label={label} canEdit={canEdit} />
      {canEdit && <AddFreeStep path={path} label={label} />}
    </li>
  );
}

/** "Ohittaa: Päättyminen" and the phases that have steps but no service on the table. */
function PhaseGaps({ path }: { path: PathView }) {
  const t = useT();
  const language = useLanguage();
  const names = (phases: readonly PathView['skippedPhases'][number][]) =>
    phases.map((phase) => phaseName(phase, language)).join(', ');
  if (path.steps.length === 0) return null;
  return (
    <>
      {path.skippedPhases.length > 0 && (
        <p className="path-item__gaps">{t('pathPanel.skips', { phases: names(path.skippedPhases) })}</p>
      )}
      {path.phasesWithoutService.length > 0 && (
        <p className="path-item__gaps path-item__gaps--missing">
          {t('pathPanel.withoutService', { phases: names(path.phasesWithoutService) })}
        </p>
      )}
    </>
  );
}

type ToolsProps = { path: PathView; label: string; canEdit: boolean; onEdit: () => void };

/** Draw or done, shown on the table or only this one, edit and delete. */
function PathTools({ path, label, canEdit, onEdit }: ToolsProps) {
  const t = useT();
  const ui = usePathUi((state) => state);
  const actions = usePathActions();
  const mayDelete = useMayDelete(path);
  const drawing = ui.drawing === path.id;
  const shown = isPathShown(ui, path.id);
  return (
    <div className="path-item__tools">
      {canEdit && <DrawButton path={path} label={label} />}
      <label className="path-item__shown">
        <input
          type="checkbox"
          checked={shown}
          aria-label={t('pathPanel.shownNamed', { label })}
          onChange={() => ui.toggleShown(path.id)}
        />
        {t('pathPanel.shown')}
      </label>
      <button
        type="button"
        aria-pressed={ui.only === path.id}
        aria-label={t(ui.only === path.id ? 'pathPanel.showAll' : 'pathPanel.onlyNamed', { label })}
        onClick={() => ui.showOnly(ui.only === path.id ? null : path.id)}
      >
        {t(ui.only === path.id ? 'pathPanel.showAll' : 'pathPanel.only')}
      </button>
      {canEdit && (
        <button
          type="button"
          aria-label={t('pathPanel.editNamed', { label })}
          data-path-control="edit"
          onClick={onEdit}
        >
          {t('pathPanel.edit')}
        </button>
      )}
      {canEdit && mayDelete && (
        <button
          type="button"
          className="path-item__delete"
          aria-label={t('pathPanel.deleteNamed', { label, name: path.name })}
          onClick={() => {
            // A deleted path is neither drawn nor the one shown alone (the others would vanish).
            if (drawing) ui.stopDrawing();
            if (ui.only === path.id) ui.showOnly(null);
            if (actions.remove(path) === null) focusAfterRender(() => panelControl('heading'), { onlyIfLost: true });
          }}
        >
          {t('pathPanel.delete')}
        </button>
      )}
    </div>
  );
}

/** "Piirrä" / "Valmis": picks on the table add this path's steps while it is drawn. */
function DrawButton({ path, label }: { path: PathView; label: string }) {
  const t = useT();
  const drawing = usePathUi((state) => state.drawing === path.id);
  const startDrawing = usePathUi((state) => state.startDrawing);
  const stopDrawing = usePathUi((state) => state.stopDrawing);
  return (
    <button
      type="button"
      className={drawing ? 'path-item__draw path-item__draw--on' : 'path-item__draw'}
      aria-label={t(drawing ? 'pathPanel.doneNamed' : 'pathPanel.drawNamed', { label })}
      data-path-control="draw"
      onClick={() => {
        if (drawing) stopDrawing();
        else startDrawing(path.id);
        focusAfterRender(() => pathControl(path.id, 'draw'));
      }}
    >
      {t(drawing ? 'pathPanel.done' : 'pathPanel.draw')}
    </button>
  );
}
