/**
 * Search, filters and sort of the clip review: a search field and six selects, all
 * labelled (Search clips, Filter by rating/kind/tag/day/stream, Sort by).
 */
import { useId } from 'preact/hooks';
import { KIND_OPTIONS, RATING_LABELS } from '../../ui/fields';
import { RATINGS } from '../../model/types';
import type { ClipQuery, FilterOptions } from './clip-view';
import { ALL, NO_DAY_FILTER, SORT_OPTIONS, UNRATED_FILTER, formatDay, isFiltered, parseSortKey } from './clip-view';

export interface ClipFiltersProps {
  query: ClipQuery;
  options: FilterOptions;
  onChange: (changes: Partial<ClipQuery>) => void;
  onClear: () => void;
}

interface Choice {
  value: string;
  label: string;
}

function FilterSelect({ label, value, choices, onChange }: { label: string; value: string; choices: Choice[]; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ClipFilters({ query, options, onChange, onClear }: ClipFiltersProps) {
  const searchId = useId();
  const ratingChoices: Choice[] = [
    { value: ALL, label: 'All ratings' },
    ...RATINGS.map((rating) => ({ value: rating, label: RATING_LABELS[rating] })),
    { value: UNRATED_FILTER, label: 'Unrated' },
  ];
  const kindChoices: Choice[] = [{ value: ALL, label: 'All kinds' }, ...KIND_OPTIONS.map((option) => ({ value: option.value, label: option.label }))];
  const tagChoices: Choice[] = [{ value: ALL, label: 'All tags' }, ...options.tags.map((tag) => ({ value: tag, label: tag }))];
  const dayChoices: Choice[] = [
    { value: ALL, label: 'All days' },
    ...options.days.map((day) => ({ value: day, label: formatDay(day) })),
    ...(options.hasNoDay ? [{ value: NO_DAY_FILTER, label: 'No day' }] : []),
  ];
  const streamChoices: Choice[] = [{ value: ALL, label: 'All streams' }, ...options.streams.map((stream) => ({ value: stream.videoId, label: stream.label }))];

  return (
    <div class="clip-filters" role="search" aria-label="Search and filter clips">
      <div class="field clip-search">
        <label for={searchId}>Search clips</label>
        <input
          id={searchId}
          type="search"
          value={query.search}
          placeholder="Title, speaker, notes, stream…"
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
      <FilterSelect label="Filter by rating" value={query.rating} choices={ratingChoices} onChange={(rating) => onChange({ rating })} />
      <FilterSelect label="Filter by kind" value={query.kind} choices={kindChoices} onChange={(kind) => onChange({ kind })} />
      <FilterSelect label="Filter by tag" value={query.tag} choices={tagChoices} onChange={(tag) => onChange({ tag })} />
      <FilterSelect label="Filter by day" value={query.day} choices={dayChoices} onChange={(day) => onChange({ day })} />
      <FilterSelect label="Filter by stream" value={query.stream} choices={streamChoices} onChange={(stream) => onChange({ stream })} />
      <FilterSelect
        label="Sort by"
        value={query.sort}
        choices={SORT_OPTIONS.map((option) => ({ value: option.value, label: option.label }))}
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
