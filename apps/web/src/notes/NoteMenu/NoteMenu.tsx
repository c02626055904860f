import { type NoteView, notesInCell } from '@avaa/board-model';
import { useContext, useRef, useState } from 'react';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { useInsideWindow } from '../../app/useInsideWindow.ts';
import { useBoard } from '../../board/BoardContext.ts';
import { useLanguage, useT } from '../../i18n/index.ts';
import { NotePathForm } from '../../paths/table/NotePathForm.tsx';
import { StacksContext } from '../../plenary/useStacks.ts';
import { useBoardUi } from '../../state/boardUi.ts';
import { isFacilitator, WorkshopContext, type WorkshopContextValue } from '../../workshop/WorkshopContext.ts';
import { AgreementFromNote } from '../AgreementFromNote/AgreementFromNote.tsx';
import { noteControl } from '../noteControl.ts';
import { MenuActions, type MenuForm, type Openers } from './MenuActions.tsx';
import { MoveForm } from './MoveForm.tsx';
import { NoteSources } from './NoteSources.tsx';
import { NoteStyleFields } from './NoteStyleFields.tsx';
import { type ActionContext, moveTo, removeNote, splitStack, stackWith } from './noteActions.ts';
import { StackWithForm } from './StackWithForm.tsx';
import { useMenuClosing } from './useMenuClosing.ts';

type Props = { note: NoteView; panelId: string; onClose: () => void };

/**
 * A note's actions: colour, kind, move, stack with another note (or split its stack), add to a
 * service path (or draw one from it) and delete;
 * on the common table the facilitator also makes an agreement item of it. A disclosure panel
 * (not an ARIA menu) right after its button, so Tab reaches it naturally; Escape, a click
 * outside or focus moving outside closes it (useMenuClosing). It opens inside the window (above
 * its button at the bottom edge).
 */
export function NoteMenu({ note, panelId, onClose }: Props) {
  const { canAgree } = useBoard();
  const workshop = useContext(WorkshopContext);
  const members = useContext(StacksContext).get(note.id);
  const context = useActionContext(onClose);
  const [form, setForm] = useState<MenuForm | null>(null);
  const openers: Openers = { move: useRef(null), stack: useRef(null), agree: useRef(null), path: useRef(null) };
  const agreementFrom = canAgree && workshop && isFacilitator(workshop) ? workshop : null;
  const panel = useRef<HTMLDivElement>(null);
  useInsideWindow(panel);
  useMenuClosing(panel, note.id, onClose);
  // A form that closes returns focus to the button that opened it.
  const back = (opener: MenuForm) => () => {
    setForm(null);
    focusAfterRender(openers[opener]);
  };

  // The agreement form closes if making agreement items stops being this person's to do.
  const shown = form === 'agree' && !agreementFrom ? null : form;

  return (
    <div className="note-menu" id={panelId} ref={panel}>
      {shown ? (
        <ChosenForm form={shown} note={note} context={context} agreementFrom={agreementFrom} back={back(shown)} />
      ) : (
        <>
          <NoteSources note={note} />
          <NoteStyleFields note={note} />
          <MenuActions
            note={note}
            panelId={panelId}
            openers={openers}
            stacked={members !== undefined}
            canAgree={agreementFrom !== null}
            onOpen={setForm}
            onSplit={() => splitStack(context, note, members?.length ?? 0)}
            onRemove={() => removeNote(context, note)}
          />
        </>
      )}
    </div>
  );
}

type FormProps = {
  form: MenuForm;
  note: NoteView;
  context: ActionContext;
  agreementFrom: WorkshopContextValue | null;
  /** Closes the form, back to the menu's buttons. */
  back: () => void;
};

/** The form a menu button opened, in place of the menu's buttons. */
function ChosenForm({ form, note, context, agreementFrom, back }: FormProps) {
  if (form === 'move') {
    return <MoveForm from={note.cell} onMove={(cell, at) => moveTo(context, note, cell, at)} onCancel={back} />;
  }
  if (form === 'stack') {
    const others = notesInCell(context.doc, note.cell).filter((other) => other.id !== note.id);
    return <StackWithForm others={others} onStack={(head) => stackWith(context, note, head)} onCancel={back} />;
  }
  if (form === 'path') return <NotePathForm note={note} onCancel={back} onClose={context.close} />;
  if (!agreementFrom) return null;
  const done = () => {
    context.close();
    focusAfterRender(() => noteControl(note.id, 'menu'));
  };
  return <AgreementFromNote note={note} workshop={agreementFrom} onDone={done} onCancel={back} />;
}

function useActionContext(close: () => void): ActionContext {
  const { doc } = useBoard();
  const t = useT();
  const language = useLanguage();
  const showToast = useBoardUi((state) => state.showToast);
  return { doc, t, language, showToast, close };
}
