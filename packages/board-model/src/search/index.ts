export { matchText, type Snippet, searchTerms, snippetOf, type TextRange } from './searchText.ts';
export {
  agreementSearchItems,
  MAX_SEARCH_HITS,
  noteSearchItems,
  type SearchHit,
  type SearchItem,
  type SearchPlace,
  searchItems,
} from './searchWorkshop.ts';
