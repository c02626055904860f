import type { FocusBoard, Stage } from '@avaa/board-model';
import type { WorkshopView } from '../app/routes.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';

/** A stage's name in the method's words. */
export function stageKey(stage: Stage): MessageKey {
  return `stage.${stage}`;
}

/** A board as people call it: the common table, or "Ryhmä 2". */
export function boardName(t: Translate, board: FocusBoard): string {
  return board === 'plenary' ? t('nav.plenary') : t('group.name', { number: board });
}

/** The board a view shows, if it shows one. */
export function viewBoard(view: WorkshopView): FocusBoard | null {
  if (view.kind === 'plenary') return 'plenary';
  return view.kind === 'group' ? view.group : null;
}

/** A view a following screen can be taken to, as people call it. */
export function viewName(t: Translate, view: WorkshopView): string {
  switch (view.kind) {
    case 'plenary':
      return t('nav.plenary');
    case 'group':
      return t('group.name', { number: view.group });
    case 'overview':
      return t('nav.overview');
    case 'people':
      return t('nav.people');
    case 'agreements':
      return t('nav.agreements');
    case 'rounds':
      return t('nav.rounds');
    case 'paths':
      return t('pathView.headingOf', {
        board: boardName(t, view.board.kind === 'plenary' ? 'plenary' : view.board.group),
      });
  }
}
