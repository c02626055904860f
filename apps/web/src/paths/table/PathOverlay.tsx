import { type NoteId, PATH_INK, type PathView } from '@avaa/board-model';
import { memo, type RefObject, useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import { usePaths } from '../../doc/usePaths.ts';
import { isPathShown, usePathUi } from '../pathUi.ts';
import { MARKER_HEIGHT, markerWidth, type PathLine, pathLines, type StepMarker } from './geometry.ts';
import { usePathLayout } from './usePathLayout.ts';

/**
 * The shown paths drawn over the table (inside the grid, which it covers): a line per path
 * through its steps' notes in order, a numbered marker ("A3") at each step, and a dashed hollow
 * "!" marker at its phase's column top for a missing service. It takes no pointer or focus: the
 * notes under it stay usable, and screen readers get the same from the notes' path chips.
 */
export const PathOverlay = memo(function PathOverlay({
  doc,
  grid,
}: {
  doc: Y.Doc;
  grid: RefObject<HTMLElement | null>;
}) {
  const paths = usePaths(doc);
  const hidden = usePathUi((state) => state.hidden);
  const only = usePathUi((state) => state.only);
  const shown = useMemo(
    () => paths.map((path, index) => ({ path, index })).filter(({ path }) => isPathShown({ hidden, only }, path.id)),
    [paths, hidden, only],
  );
  const wanted = useMemo(() => wantedNotes(shown.map(({ path }) => path)), [shown]);
  const svg = useRef<SVGSVGElement>(null);
  const layout = usePathLayout(grid, svg, shown.length > 0 ? wanted : NO_NOTES);
  const lines = useMemo(() => pathLines(shown, layout), [shown, layout]);
  if (shown.every(({ path }) => path.steps.length === 0)) return null;
  return (
    <svg
      ref={svg}
      className="path-overlay"
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
      focusable="false"
    >
      {/* Every line under every marker: no path's line crosses another's numbers. */}
      {lines.map((line) => (
        <Line key={line.path} line={line} />
      ))}
      {lines.map((line) => (
        <g
          key={line.path}
          className="path-overlay__markers"
          data-path={line.path}
          style={{ color: PATH_INK[line.colour] }}
        >
          {line.markers.map((marker) => (
            <Marker key={marker.label} marker={marker} />
          ))}
        </g>
      ))}
    </svg>
  );
});

const NO_NOTES: readonly NoteId[] = [];

/** Steps with no note (missing services) are placed by the phase headers, always measured. */
function wantedNotes(paths: readonly PathView[]): NoteId[] {
  const notes = paths.flatMap((path) => path.steps.flatMap((step) => (step.note ? [step.note.shownAs] : [])));
  const hasFree = paths.some((path) => path.steps.some((step) => !step.note));
  // One wanted entry keeps the measuring on for a path of missing services only.
  return notes.length === 0 && hasFree ? ['' as NoteId] : [...new Set(notes)].sort();
}

function Line({ line }: { line: PathLine }) {
  const ink = PATH_INK[line.colour];
  return (
    <g className="path-overlay__path" style={{ color: ink }}>
      <polyline className="path-overlay__halo" points={line.points} />
      <polyline className="path-overlay__line" points={line.points} strokeDasharray={line.dash} />
    </g>
  );
}

/** A pill with the step's label, wide enough for "AB12 !". */
function Marker({ marker }: { marker: StepMarker }) {
  const text = marker.missing ? `${marker.label} !` : marker.label;
  const width = markerWidth(marker.label, marker.missing);
  return (
    <g
      className={marker.missing ? 'path-marker path-marker--missing' : 'path-marker'}
      transform={`translate(${Math.round(marker.x)} ${Math.round(marker.y)})`}
    >
      <rect x={-width / 2} y={-MARKER_HEIGHT / 2} width={width} height={MARKER_HEIGHT} rx={MARKER_HEIGHT / 2} />
      <text textAnchor="middle" dominantBaseline="central">
        {text}
      </text>
    </g>
  );
}
