import { useT } from '../../i18n/index.ts';
import type { AgreementControl } from '../agreementControl.ts';

const UP: AgreementControl = 'up';
const DOWN: AgreementControl = 'down';

/**
 * Up and down within the question. Focus stays on the button pressed, or goes to the other one
 * when the item reached the end (the pressed one is then disabled).
 */
export function OrderButtons({
  label,
  index,
  count,
  onMove,
}: {
  label: string;
  index: number;
  count: number;
  onMove: (position: number, focus: AgreementControl) => void;
}) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="agreement-actions__up"
        data-agreement-control="up"
        disabled={index === 0}
        aria-label={t('agreements.moveUpNamed', { text: label })}
        onClick={() => onMove(index - 1, index - 1 === 0 ? DOWN : UP)}
      >
        <span aria-hidden="true">↑</span> {t('agreements.moveUp')}
      </button>
      <button
        type="button"
        className="agreement-actions__down"
        data-agreement-control="down"
        disabled={index >= count - 1}
        aria-label={t('agreements.moveDownNamed', { text: label })}
        onClick={() => onMove(index + 1, index + 1 === count - 1 ? UP : DOWN)}
      >
        <span aria-hidden="true">↓</span> {t('agreements.moveDown')}
      </button>
    </>
  );
}
