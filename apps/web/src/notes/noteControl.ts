/**
 * A note's controls that focus returns to, marked for it (data-note-control) on the note's
 * element: its drag handle, its actions button and its text (the button that edits it).
 */
export type NoteControl = 'handle' | 'menu' | 'text';

/** A note's control, wherever the note is now (it may have moved cell). */
export function noteControl(noteId: string, control: NoteControl): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"] [data-note-control="${control}"]`);
}
