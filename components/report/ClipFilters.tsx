/**
 * Search, filters and sort of the clip review: a search field and six selects, all
 * labelled (Search clips, Filter by rating/kind/tag/day/stream, Sort by).
 */
import { useId } from 'preact/hooks';
import { SelectField } from '../SelectField';
import type { ClipQuery, FilterOptions } from './clip-view';
import { filterChoices, isFiltered, parseSortKey } from './clip-view';
import { CLIP_SEARCH_PLACEHOLDER } from './report-messages';

export interface ClipFiltersProps {
  query: ClipQuery;
  options: FilterOptions;
  onChange: (changes: Partial<ClipQuery>) => void;
  onClear: () => void;
}

export function ClipFilters({ query, options, onChange, onClear }: ClipFiltersProps) {
  const searchId = useId();
  const choices = filterChoices(options);

  return (
    <div class="clip-filters" role="search" aria-label="Search and filter clips">
      <div class="field clip-search">
        <label for={searchId}>Search clips</label>
        <input
          id={searchId}
          type="search"
          value={query.search}
          placeholder={CLIP_SEARCH_PLACEHOLDER}
          onInput={(event) => onChange({ search: event.currentTarget.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query.search !== '') {
              event.preventDefault();
              onChange({ search: '' });
            }
          }}
          autoComplete="off"
          spellcheck={false}
        />
      </div>
      <SelectField label="Filter by rating" value={query.rating} choices={choices.rating} onChange={(rating) => onChange({ rating })} />
      <SelectField label="Filter by kind" value={query.kind} choices={choices.kind} onChange={(kind) => onChange({ kind })} />
      <SelectField label="Filter by tag" value={query.tag} choices={choices.tag} onChange={(tag) => onChange({ tag })} />
      <SelectField label="Filter by day" value={query.day} choices={choices.day} onChange={(day) => onChange({ day })} />
      <SelectField label="Filter by stream" value={query.stream} choices={choices.stream} onChange={(stream) => onChange({ stream })} />
      <SelectField
        label="Sort by"
        value={query.sort}
        choices={choices.sort}
        onChange={(sort) => onChange({ sort: parseSortKey(sort) })}
      />
      {isFiltered(query) && (
        <button type="button" class="clear-filters" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
