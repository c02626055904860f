import { AGREEMENT_SECTIONS, type SearchHit, type SearchPlace, type Snippet } from '@avaa/board-model';
import { cellName } from '../board/names.ts';
import { type Translate, useLanguage, useT } from '../i18n/index.ts';

type Props = { hits: readonly SearchHit[]; onChoose: (hit: SearchHit) => void };

/** The results grouped by where they are (the common table, each group, the agreements). */
export function SearchResults({ hits, onChoose }: Props) {
  const t = useT();
  const groups = groupByPlace(hits);
  return (
    <div className="search-results">
      {groups.map(({ key, place, hits: inPlace }) => (
        <section key={key} className="search-results__place" aria-label={placeName(t, place)}>
          <h3>{placeName(t, place)}</h3>
          <ul>
            {inPlace.map((hit) => (
              <li key={`${hit.kind} ${hit.id}`}>
                <Result hit={hit} onChoose={onChoose} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Result({ hit, onChoose }: { hit: SearchHit; onChoose: (hit: SearchHit) => void }) {
  const language = useLanguage();
  const where =
    hit.kind === 'note'
      ? cellName(hit.cell, language)
      : (AGREEMENT_SECTIONS.find((section) => section.id === hit.section)?.title[language] ?? '');
  return (
    <button type="button" className="search-result" onClick={() => onChoose(hit)}>
      <span className="search-result__where">{where}</span>
      <span className="search-result__text">
        <Marked snippet={hit.snippet} />
      </span>
    </button>
  );
}

/** The snippet with its matches in <mark>, which screen readers may say as highlighted. */
function Marked({ snippet }: { snippet: Snippet }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const mark of snippet.marks) {
    if (mark.start > at) parts.push({ text: snippet.text.slice(at, mark.start), marked: false });
    parts.push({ text: snippet.text.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return (
    <>
      {snippet.cutStart && '… '}
      {parts.map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order.
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
      {snippet.cutEnd && ' …'}
    </>
  );
}

function placeName(t: Translate, place: SearchPlace): string {
  if (place.kind === 'agreements') return t('search.agreements');
  return place.board === 'plenary' ? t('nav.plenary') : t('group.name', { number: place.board });
}

function groupByPlace(hits: readonly SearchHit[]) {
  const groups = new Map<string, { key: string; place: SearchPlace; hits: SearchHit[] }>();
  for (const hit of hits) {
    const key = hit.place.kind === 'agreements' ? 'agreements' : `board ${hit.place.board}`;
    const group = groups.get(key) ?? { key, place: hit.place, hits: [] };
    group.hits.push(hit);
    groups.set(key, group);
  }
  return [...groups.values()];
}
