import type { PrintMessageKey } from '../i18n/print/index.ts';
import { usePrintT } from '../i18n/print/index.ts';
import { TableFormat } from './image/TableFormat.tsx';
import {
  CARD_SIZES,
  PATH_LAYOUTS,
  PATH_PAPERS,
  POSTER_SHEETS,
  POSTER_SIZES,
  PRINT_KINDS,
  type PrintChoice,
  type PrintKind,
  TABLE_PAPERS,
} from './printChoice.ts';

type Props = { choice: PrintChoice; onChange: (choice: PrintChoice) => void };

/** What to print and the paper sizes that kind may take, as radio groups. */
export function PrintOptions({ choice, onChange }: Props) {
  const set = (change: Partial<PrintChoice>) => onChange({ ...choice, ...change });
  return (
    <div className="print-options">
      <Kinds kind={choice.kind} onPick={(kind) => set({ kind })} />
      <KindSizes choice={choice} set={set} />
    </div>
  );
}

/** The printables, each with a line on what it is for. */
function Kinds({ kind: chosen, onPick }: { kind: PrintKind; onPick: (kind: PrintKind) => void }) {
  const t = usePrintT();
  return (
    <fieldset>
      <legend>{t('print.what')}</legend>
      {PRINT_KINDS.map((kind) => (
        <div key={kind} className="print-options__kind">
          <label>
            <input
              type="radio"
              name="print-kind"
              checked={chosen === kind}
              aria-describedby={`print-kind-${kind}-help`}
              onChange={() => onPick(kind)}
            />
            <strong>{t(`print.kind.${kind}` as PrintMessageKey)}</strong>
          </label>
          <small id={`print-kind-${kind}-help`}>{t(`print.kind.${kind}.help` as PrintMessageKey)}</small>
        </div>
      ))}
    </fieldset>
  );
}

/** The sizes the chosen kind may take, or a line on the paper it is printed on. */
function KindSizes({ choice, set }: { choice: PrintChoice; set: (change: Partial<PrintChoice>) => void }) {
  const t = usePrintT();
  return (
    <>
      {choice.kind === 'table' && <TableFormat choice={choice} set={set} />}
      {((choice.kind === 'table' && choice.tableFormat === 'pdf') || choice.kind === 'blank') && (
        <Sizes
          legend={t('print.paper')}
          name="print-paper"
          sizes={TABLE_PAPERS}
          value={choice.paper}
          onPick={(paper) => set({ paper })}
        />
      )}
      {choice.kind === 'table' && <TablePaths choice={choice} set={set} />}
      {choice.kind === 'table' && <TableComments choice={choice} set={set} />}
      {choice.kind === 'blank' && <p className="print-options__note">{t('print.blank.qr')}</p>}
      {choice.kind === 'paths' && <PathLayouts choice={choice} set={set} />}
      {choice.kind === 'poster' && <PosterSizes choice={choice} set={set} />}
      {choice.kind === 'cards' && (
        <Sizes
          legend={t('print.card')}
          name="print-card"
          sizes={CARD_SIZES}
          value={choice.card}
          onPick={(card) => set({ card })}
        />
      )}
      {choice.kind === 'notecards' && <p className="print-options__note">{t('print.notecards.paper')}</p>}
      {choice.kind === 'agreements' && <p className="print-options__note">{t('print.agreements.paper')}</p>}
    </>
  );
}

/** The table's option to carry its service paths. */
function TablePaths({ choice, set }: { choice: PrintChoice; set: (change: Partial<PrintChoice>) => void }) {
  const t = usePrintT();
  return (
    <label className="print-options__check">
      <input
        type="checkbox"
        checked={choice.tablePaths}
        onChange={(event) => set({ tablePaths: event.currentTarget.checked })}
      />
      {t('print.table.paths')}
    </label>
  );
}

/** The table's option to list the notes' comments after it. */
function TableComments({ choice, set }: { choice: PrintChoice; set: (change: Partial<PrintChoice>) => void }) {
  const t = usePrintT();
  return (
    <label className="print-options__check">
      <input
        type="checkbox"
        checked={choice.tableComments}
        onChange={(event) => set({ tableComments: event.currentTarget.checked })}
      />
      {t('print.table.comments')}
    </label>
  );
}

/** The service paths: a sheet per path or the path view, on A4 or A3. */
function PathLayouts({ choice, set }: { choice: PrintChoice; set: (change: Partial<PrintChoice>) => void }) {
  const t = usePrintT();
  return (
    <>
      <fieldset className="print-options__sizes">
        <legend>{t('print.paths.layout')}</legend>
        {PATH_LAYOUTS.map((layout) => (
          <label key={layout}>
            <input
              type="radio"
              name="print-path-layout"
              checked={choice.layout === layout}
              onChange={() => set({ layout })}
            />
            {t(`print.paths.${layout}`)}
          </label>
        ))}
      </fieldset>
      <Sizes
        legend={t('print.paper')}
        name="print-path-paper"
        sizes={PATH_PAPERS}
        value={choice.pathPaper}
        onPick={(pathPaper) => set({ pathPaper })}
      />
    </>
  );
}

/** A poster's size and the sheets it is printed on. */
function PosterSizes({ choice, set }: { choice: PrintChoice; set: (change: Partial<PrintChoice>) => void }) {
  const t = usePrintT();
  return (
    <>
      <Sizes
        legend={t('print.poster')}
        name="print-poster"
        sizes={POSTER_SIZES}
        value={choice.poster}
        onPick={(poster) => set({ poster })}
      />
      <Sizes
        legend={t('print.sheet')}
        name="print-sheet"
        sizes={POSTER_SHEETS}
        value={choice.sheet}
        onPick={(sheet) => set({ sheet })}
      />
    </>
  );
}

function Sizes<Size extends string>(props: {
  legend: string;
  name: string;
  sizes: readonly Size[];
  value: Size;
  onPick: (size: Size) => void;
}) {
  return (
    <fieldset className="print-options__sizes">
      <legend>{props.legend}</legend>
      {props.sizes.map((size) => (
        <label key={size}>
          <input type="radio" name={props.name} checked={props.value === size} onChange={() => props.onPick(size)} />
          {size}
        </label>
      ))}
    </fieldset>
  );
}
