/**
 * Search, filters and sort of the clip review: a search field and six selects, all
 * labelled (Search clips, Filter by rating/kind/tag/day/stream, Sort by).
 */
import { useId } from 'preact/hooks';
import { SelectField } from '../SelectField';
import type { Choice } from '../SelectField';
import { KIND_OPTIONS, RATING_LABELS } from '../../ui/fields';
import { RATINGS } from '../../model/types';
import type { ClipQuery, FilterOptions } from './clip-view';
import { ALL, NO_DAY_FILTER, SORT_OPTIONS, UNRATED_FILTER, isFiltered, parseSortKey } from './clip-view';
import { formatDay } from '../../model/day';

export interface ClipFiltersProps {
  query: ClipQuery;
  options: FilterOptions;
  onChange: (changes: Partial<ClipQuery>) => void;
  onClear: () => void;
}

export function ClipFilters({ query, options, onChange, onClear }: ClipFiltersProps) {
  const searchId = useId();
  const ratingChoices: Choice<string>[] = [
    { value: ALL, label: 'All ratings' },
    ...RATINGS.map((rating) => ({ value: rating, label: RATING_LABELS[rating] })),
    { value: UNRATED_FILTER, label: 'Unrated' },
  ];
  const kindChoices: Choice<string>[] = [{ value: ALL, label: 'All kinds' }, ...KIND_OPTIONS.map((option) => ({ value: option.value, label: option.label }))];
  const tagChoices: Choice<string>[] = [{ value: ALL, label: 'All tags' }, ...options.tags.map((tag) => ({ value: tag, label: tag }))];
  const dayChoices: Choice<string>[] = [
    { value: ALL, label: 'All days' },
    ...options.days.map((day) => ({ value: day, label: formatDay(day, 'short') })),
    ...(options.hasNoDay ? [{ value: NO_DAY_FILTER, label: 'No day' }] : []),
  ];
  const streamChoices: Choice<string>[] = [{ value: ALL, label: 'All streams' }, ...options.streams.map((stream) => ({ value: stream.videoId, label: stream.label }))];

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
      <SelectField label="Filter by rating" value={query.rating} choices={ratingChoices} onChange={(rating) => onChange({ rating })} />
      <SelectField label="Filter by kind" value={query.kind} choices={kindChoices} onChange={(kind) => onChange({ kind })} />
      <SelectField label="Filter by tag" value={query.tag} choices={tagChoices} onChange={(tag) => onChange({ tag })} />
      <SelectField label="Filter by day" value={query.day} choices={dayChoices} onChange={(day) => onChange({ day })} />
      <SelectField label="Filter by stream" value={query.stream} choices={streamChoices} onChange={(stream) => onChange({ stream })} />
      <SelectField
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
