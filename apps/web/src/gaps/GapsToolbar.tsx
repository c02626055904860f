import { type ReactNode, useId, useMemo } from 'react';
import type * as Y from 'yjs';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { useT } from '../i18n/index.ts';
import { useStage } from '../stage/useFacilitation.ts';
import { useBoardView } from '../state/boardView.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { boardStats, heatRanges, KIND_FILTERS, kindCounts } from './cellStats.ts';
import { GapsPanel } from './GapsPanel/GapsPanel.tsx';
import './gaps.css';
import { useNarrow } from './useNarrow.ts';

/**
 * Seeing the gaps: the heat view (cells shaded by their count, with a legend in numbers), the
 * filter by kind with counts and, for the facilitator, the list of gaps and blind spots. Local
 * view choices of this screen only; `children`: more of them (table or list).
 */
export function GapsToolbar({ doc, children }: { doc: Y.Doc; children?: ReactNode }) {
  const notes = useNotesByCell(doc);
  const t = useT();
  const filterId = useId();
  const heat = useBoardView((state) => state.heat);
  const filter = useBoardView((state) => state.kindFilter);
  const hideOthers = useBoardView((state) => state.hideOthers);
  const setHeat = useBoardView((state) => state.setHeat);
  const setFilter = useBoardView((state) => state.setKindFilter);
  const setHideOthers = useBoardView((state) => state.setHideOthers);
  const counts = useMemo(() => kindCounts(notes), [notes]);
  const workshop = useWorkshop();
  const stage = useStage(workshop.doc);
  const stats = useMemo(() => boardStats(notes, stage), [notes, stage]);
  const narrow = useNarrow();
  // Folded on a phone, the summary still says which choices are on.
  const active = [
    ...(filter === 'all' ? [] : [t(`gaps.filter.${filter}`, { count: counts[filter] })]),
    ...(heat ? [t('gaps.heat')] : []),
  ];

  const controls = (
    <>
      <fieldset className="gaps-toolbar__filter">
        <legend id={filterId}>{t('gaps.filter')}</legend>
        {KIND_FILTERS.map((kind) => (
          <label key={kind} className={`gaps-toolbar__kind${filter === kind ? ' gaps-toolbar__kind--on' : ''}`}>
            <input
              type="radio"
              name={filterId}
              value={kind}
              checked={filter === kind}
              onChange={() => setFilter(kind)}
            />
            {t(`gaps.filter.${kind}`, { count: counts[kind] })}
          </label>
        ))}
        {filter !== 'all' && (
          <label className="gaps-toolbar__check">
            <input type="checkbox" checked={hideOthers} onChange={(event) => setHideOthers(event.target.checked)} />
            {t('gaps.hideOthers')}
          </label>
        )}
      </fieldset>
      <label className="gaps-toolbar__check gaps-toolbar__heat">
        <input type="checkbox" checked={heat} onChange={(event) => setHeat(event.target.checked)} />
        {t('gaps.heat')}
      </label>
      {heat && <HeatLegend max={stats.max} />}
      {isFacilitator(workshop) && <GapsPanel notes={notes} stats={stats} />}
      {children}
    </>
  );
  // On a phone the view choices fold away, so the table starts on the first screen.
  return narrow ? (
    <details className="gaps-toolbar gaps-toolbar--folded">
      <summary>
        {t('gaps.tools')}
        {active.length > 0 && `: ${active.join(' · ')}`}
      </summary>
      {controls}
    </details>
  ) : (
    <section className="gaps-toolbar" aria-label={t('gaps.tools')}>
      {controls}
    </section>
  );
}

function HeatLegend({ max }: { max: number }) {
  const t = useT();
  return (
    <div className="heat-legend">
      <span className="heat-legend__title">{t('gaps.heatLegend')}:</span>
      <ul className="heat-legend__levels">
        <li className="heat-legend__level">
          <span className="heat-swatch heat-0" aria-hidden="true" />0
        </li>
        {heatRanges(max).map((range) => (
          <li key={range.level} className="heat-legend__level">
            <span className={`heat-swatch heat-${range.level}`} aria-hidden="true" />
            {range.from === range.to ? range.from : `${range.from}–${range.to}`}
          </li>
        ))}
      </ul>
      <p className="heat-legend__rule">{t('gaps.blindSpotRule')}</p>
    </div>
  );
}
