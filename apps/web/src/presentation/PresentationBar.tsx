import type { WorkshopView } from '../app/routes.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { PresentationControls } from './PresentationControls.tsx';
import { PresentationStatus } from './PresentationStatus.tsx';
import './presentation.css';

/**
 * The plenary's presentation round, under every workshop page's header. The facilitator steps
 * through the groups (previous, next, stop), which writes `settings.presenting`; the projector
 * and everyone following show the presenting group's board. Participants see who presents;
 * whether their screen follows is the stage bar's one follow switch.
 */
export function PresentationBar({ view }: { view: WorkshopView }) {
  const workshop = useWorkshop();
  const presenting = workshop.state.settings.presenting;
  if (isFacilitator(workshop)) return <PresentationControls view={view} />;
  if (presenting === null || workshop.role === 'viewer') return null;
  return (
    <div className="presentation-bar">
      <PresentationStatus presenting={presenting} />
    </div>
  );
}
