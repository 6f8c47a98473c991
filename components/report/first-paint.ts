/**
 * The report page's first paint in plain DOM, before Preact, Dexie and the rest of the
 * page's JavaScript have loaded (entrypoints/report/main.ts, docs/architecture.md §15):
 * the same markup, classes, text and accessible names as ReportApp's first render with
 * the same first view (storage/report-view.ts) — the header and trip selector, the trip
 * form, the schedule controls, the filters and bulk actions, and the first rows grouped
 * by stream — so that when the app renders over it (Preact reuses the nodes it finds)
 * nothing moves and no row is replaced. A unit test holds the two to the same markup.
 *
 * Until the app has taken over, the region is `inert` and `aria-busy` (ui/plain-dom.ts).
 * Stored text is untrusted: it only ever goes in as text, attribute values and form
 * values, never as markup.
 */
import type { Clip, Trip } from '../../model/types';
import { browserTimeZone, ianaTimeZone } from '../../model/time-zone';
import type { ReportFirstView } from '../../storage/report-view';
import { WATCH_AT, clipRowView } from '../../ui/clip-row-view';
import { KIND_OPTIONS, RATING_OPTIONS, listEntriesHint, thumbnailUrl, watchUrl } from '../../ui/labels';
import type { Choice } from '../../ui/labels';
import { elementMaker, showFirstPaint } from '../../ui/plain-dom';
import type { MakeElement } from '../../ui/plain-dom';
import { formatDay } from '../../model/day';
import type { StreamGroup } from './clip-view';
import {
  DURATION,
  EMPTY_QUERY,
  filterChoices,
  filterOptions,
  formatDuration,
  groupByStream,
  pageOf,
  sortClips,
  streamDisplayTitle,
  talkDurations,
  talksInStreamText,
} from './clip-view';
import { PAGE_SIZE } from './report-paging';
import {
  BACKUP_FILE_TYPES,
  BROWSER_TIME_ZONE_NOTE,
  CLIP_SEARCH_PLACEHOLDER,
  EXPORT_LOADING,
  EXPORT_WAITS_FOR_TRIP,
  INTRO_HINT,
  NO_OTHER_TRIP,
  NO_SCHEDULE_HINT,
  NO_TRIPS_MESSAGE,
  OUTRO_HINT,
  SCHEDULE_FILE_TYPES,
  SCHEDULE_URL_PLACEHOLDER,
  TIME_ZONE_HINT,
  currentTripHint,
  listCountMessage,
  partialCountMessage,
  tripForm,
  tripFormProblems,
} from './report-messages';
import { timeZoneChoices } from './schedule-view';

export { endFirstPaint } from '../../ui/plain-dom';

/** Replaces `root`'s content with the report page showing `view`, made inert until the app takes over. */
export function paintReportFirstPage(root: HTMLElement, view: ReportFirstView): void {
  // Built whole before it is attached: a row that cannot be shown leaves nothing half-painted.
  showFirstPaint(root, new Painter(root.ownerDocument).page(view));
}

/** The first render's clips, as use-trip-clips gives them: the whole trip once the first rows hold it all. */
function firstClips(view: ReportFirstView): { shown: Clip[]; ready: boolean } {
  if (view.clips.length >= view.total) return { shown: [...view.clips].reverse(), ready: true };
  return { shown: view.clips, ready: false };
}

class Painter {
  private readonly el: MakeElement;
  private ids = 0;

  constructor(private readonly doc: Document) {
    this.el = elementMaker(doc);
  }

  /** A fresh id (the app's own, from useId, replace them when it takes over). */
  private id(): string {
    this.ids += 1;
    return `report-first-paint-${this.ids}`;
  }

  page(view: ReportFirstView): HTMLElement {
    const { el } = this;
    const trip = view.trips.find((t) => t.id === view.tripId);
    const main = el('main', { class: 'report-main' });
    if (trip === undefined) {
      main.append(el('p', { class: 'empty' }, NO_TRIPS_MESSAGE));
    } else {
      const { shown, ready } = firstClips(view);
      main.append(
        el('div', {}, this.tripForm(trip, trip.id === view.currentId, view.currentId !== undefined)),
        this.schedule(trip),
        this.clips(shown, ready, ready ? shown.length : view.total, view.trips.filter((t) => t.id !== trip.id)),
        el('div', { class: 'report-export' }, this.exportPlaceholder(ready ? EXPORT_LOADING : EXPORT_WAITS_FOR_TRIP)),
      );
    }
    return el(
      'div',
      { class: 'report' },
      el('header', { class: 'report-header' }, el('h1', {}, 'Trip report'), this.tripSelector(view.trips, trip?.id), this.backupControls()),
      el('div', { class: 'report-messages' }, el('div', { class: 'status-bar', role: 'status' }, el('p', { class: 'status' }, ''))),
      main,
    );
  }

  private select(attributes: Record<string, string>, choices: readonly Choice<string>[], value: string, disabled = false): HTMLSelectElement {
    const select = this.el('select', attributes, ...choices.map((choice) => this.el('option', { value: choice.value }, choice.label))) as HTMLSelectElement;
    select.value = value;
    select.disabled = disabled;
    return select;
  }

  private button(text: string, attributes: Record<string, string> = {}, disabled = false): HTMLButtonElement {
    const button = this.el('button', { type: 'button', ...attributes }, text) as HTMLButtonElement;
    button.disabled = disabled;
    return button;
  }

  private input(attributes: Record<string, string>, value?: string): HTMLInputElement {
    const input = this.el('input', attributes) as HTMLInputElement;
    if (value !== undefined) input.value = value;
    return input;
  }

  private fileImport(text: string, label: string, accept: string): Node[] {
    return [this.button(text, { 'aria-busy': 'false' }), this.input({ class: 'visually-hidden', type: 'file', accept, 'aria-label': label, tabindex: '-1' })];
  }

  private tripSelector(trips: readonly Trip[], selectedId: string | undefined): HTMLElement {
    const { el } = this;
    const id = this.id();
    const choices = trips.length === 0 ? [{ value: '', label: 'No trips yet' }] : trips.map((trip) => ({ value: trip.id, label: trip.name }));
    return el(
      'div',
      { class: 'trip-selector' },
      el('div', { class: 'field' }, el('label', { for: id }, 'Trip'), this.select({ id }, choices, selectedId ?? '', trips.length === 0)),
      el('div', { class: 'trip-selector-actions' }, this.button('New trip'), this.button('Delete trip', { class: 'button-danger' }, selectedId === undefined)),
    );
  }

  private backupControls(): HTMLElement {
    return this.el(
      'div',
      { class: 'backup-controls', role: 'group', 'aria-label': 'Backup' },
      this.button('Download backup', { 'aria-busy': 'false' }),
      ...this.fileImport('Import backup', 'Backup file', BACKUP_FILE_TYPES),
    );
  }

  private tripForm(trip: Trip, isCurrent: boolean, hasCurrent: boolean): HTMLElement {
    const { el } = this;
    const form = tripForm(trip);
    const problems = tripFormProblems(form);
    const heading = this.id();
    const current = this.id();
    const field = (label: string, control: HTMLElement, className = 'field', ...after: Node[]) => {
      const id = this.id();
      control.id = id;
      return el('div', { class: className }, el('label', { for: id }, label), control, ...after);
    };
    const hinted = (label: string, control: HTMLElement, hint: string, className: string) => {
      const id = this.id();
      const hintId = `${id}-hint`;
      control.id = id;
      control.setAttribute('aria-describedby', hintId);
      return el('div', { class: className }, el('label', { for: id }, label), control, el('small', { id: hintId, class: 'hint' }, hint));
    };
    const textarea = (value: string) => {
      const area = el('textarea', { rows: '4' }) as HTMLTextAreaElement;
      area.value = value;
      return area;
    };

    const name = this.input({ type: 'text', 'aria-invalid': 'false', autocomplete: 'off' }, trip.name);
    name.spellcheck = false;
    const end = this.input({ type: 'date' }, form.endDate);
    if (form.startDate !== '') end.setAttribute('min', form.startDate);
    const endAfter: Node[] = [];
    if (problems.dateOrder !== undefined) {
      const warning = this.id();
      end.setAttribute('aria-describedby', warning);
      endAfter.push(el('small', { id: warning, class: 'hint hint-warning' }, problems.dateOrder));
    }
    const url = this.input({ type: 'url', placeholder: 'https://…', autocomplete: 'off', 'aria-invalid': String(problems.url !== undefined) }, form.url);
    const urlAfter: Node[] = [];
    if (problems.url !== undefined) {
      const error = this.id();
      url.setAttribute('aria-describedby', error);
      urlAfter.push(el('p', { id: error, class: 'field-error', role: 'alert' }, problems.url));
    }
    const makeCurrent = this.button('Make current', { 'aria-describedby': current, ...(isCurrent ? {} : { class: 'button-primary' }) });

    return el(
      'section',
      { class: 'trip-form', 'aria-labelledby': heading },
      el(
        'div',
        { class: 'trip-form-head' },
        el('h2', { id: heading }, 'Trip details'),
        el('div', { class: 'make-current' }, makeCurrent, el('span', { id: current, class: 'hint' }, currentTripHint(isCurrent, hasCurrent))),
      ),
      el(
        'div',
        { class: 'trip-grid' },
        field('Trip name', name, 'field trip-name trip-field-name'),
        field('Place', this.input({ type: 'text', autocomplete: 'off' }, form.place)),
        field('Start date', this.input({ type: 'date' }, form.startDate)),
        field('End date', end, 'field', ...endAfter),
        field('Trip URL', url, 'field trip-field-wide', ...urlAfter),
        hinted('Blog tags', this.input({ type: 'text', autocomplete: 'off' }, form.tags), listEntriesHint('tags'), 'field'),
        hinted('Blog categories', this.input({ type: 'text', autocomplete: 'off' }, form.categories), listEntriesHint('categories'), 'field'),
        hinted('Intro', textarea(form.intro), INTRO_HINT, 'field trip-field-wide'),
        hinted('Outro', textarea(form.outro), OUTRO_HINT, 'field trip-field-wide'),
      ),
    );
  }

  /** ScheduleSection before the trip's schedule is read (the app reads it: none as yet). */
  private schedule(trip: Trip): HTMLElement {
    const { el } = this;
    const heading = this.id();
    const zone = this.id();
    const zoneHint = this.id();
    const url = this.id();
    const timeZone = ianaTimeZone(trip.timeZone ?? browserTimeZone());
    const zoneSelect = this.select({ id: zone, 'aria-describedby': zoneHint }, timeZoneChoices(timeZone).map((name) => ({ value: name, label: name })), timeZone);
    const urlInput = this.input({ id: url, type: 'url', placeholder: SCHEDULE_URL_PLACEHOLDER, autocomplete: 'off' });
    const load = el('button', { type: 'submit', 'aria-busy': 'false' }, 'Load') as HTMLButtonElement;
    load.disabled = true;
    return el(
      'section',
      { class: 'schedule-section', 'aria-labelledby': heading },
      el('h2', { id: heading }, 'Schedule'),
      el('p', { class: 'hint' }, NO_SCHEDULE_HINT),
      el(
        'div',
        { class: 'schedule-controls' },
        el(
          'div',
          { class: 'field' },
          el('label', { for: zone }, 'Conference time zone'),
          zoneSelect,
          el('small', { id: zoneHint, class: 'hint' }, trip.timeZone === undefined ? BROWSER_TIME_ZONE_NOTE : '', TIME_ZONE_HINT),
        ),
        el('div', { class: 'schedule-import' }, ...this.fileImport('Import schedule', 'Schedule file', SCHEDULE_FILE_TYPES)),
        el('form', { class: 'schedule-url' }, el('div', { class: 'field' }, el('label', { for: url }, 'Schedule URL'), urlInput), load),
        this.button('Match to schedule', { 'aria-busy': 'false' }, true),
      ),
    );
  }

  private clips(shown: Clip[], ready: boolean, total: number, otherTrips: readonly Trip[]): HTMLElement {
    const { el } = this;
    // What useClipReview derives on its first render: no query, the first page in stream order.
    const matching = sortClips(shown, EMPTY_QUERY.sort);
    const slice = pageOf(matching, 0, PAGE_SIZE);
    const groups = groupByStream(slice.items);
    const durations = talkDurations(shown);
    const streamCounts = new Map<string, number>();
    for (const clip of shown) streamCounts.set(clip.videoId, (streamCounts.get(clip.videoId) ?? 0) + 1);

    const heading = el('h2', { id: 'clips-heading', tabindex: '-1' }, 'Clips');
    // No pager: the first rows are one page (FIRST_ROWS), so the first render has none either.
    return el(
      'section',
      { class: 'report-clips-section', 'aria-labelledby': 'clips-heading', 'aria-busy': String(!ready) },
      heading,
      this.filters(shown),
      this.bulkActions(matching.length, otherTrips, !ready),
      el('p', { class: 'list-count' }, ready ? listCountMessage(slice.start, slice.items.length, matching.length, total) : partialCountMessage(slice.items.length, total)),
      el('div', { class: 'stream-groups' }, ...groups.map((group) => this.streamGroup(group, streamCounts.get(group.videoId) ?? group.clips.length, durations))),
    );
  }

  private filters(clips: readonly Clip[]): HTMLElement {
    const { el } = this;
    const choices = filterChoices(filterOptions(clips));
    const search = this.input({ type: 'search', placeholder: CLIP_SEARCH_PLACEHOLDER, autocomplete: 'off' });
    search.spellcheck = false;
    const searchId = this.id();
    search.id = searchId;
    const selectField = (label: string, list: readonly Choice<string>[], value: string) => {
      const id = this.id();
      return el('div', { class: 'field' }, el('label', { for: id }, label), this.select({ id }, list, value));
    };
    return el(
      'div',
      { class: 'clip-filters', role: 'search', 'aria-label': 'Search and filter clips' },
      el('div', { class: 'field clip-search' }, el('label', { for: searchId }, 'Search clips'), search),
      selectField('Filter by rating', choices.rating, EMPTY_QUERY.rating),
      selectField('Filter by kind', choices.kind, EMPTY_QUERY.kind),
      selectField('Filter by tag', choices.tag, EMPTY_QUERY.tag),
      selectField('Filter by day', choices.day, EMPTY_QUERY.day),
      selectField('Filter by stream', choices.stream, EMPTY_QUERY.stream),
      selectField('Sort by', choices.sort, EMPTY_QUERY.sort),
    );
  }

  /** BulkActions with nothing selected. */
  private bulkActions(matchingCount: number, otherTrips: readonly Trip[], busy: boolean): HTMLElement {
    const { el } = this;
    const all = this.input({ type: 'checkbox' });
    const allId = this.id();
    all.id = allId;
    all.disabled = matchingCount === 0 || busy;
    const action = (label: string, choices: readonly Choice<string>[], value: string, button: string, disabled = false) => {
      const id = this.id();
      return el(
        'div',
        { class: 'bulk-action' },
        el('label', { for: id }, label),
        this.select({ id }, choices, value, disabled),
        this.button(button, {}, true),
      );
    };
    const moveChoices = otherTrips.length === 0 ? [{ value: '', label: NO_OTHER_TRIP }] : otherTrips.map((trip) => ({ value: trip.id, label: trip.name }));
    return el(
      'div',
      { class: 'bulk-actions', role: 'group', 'aria-label': 'Selected clips', 'aria-busy': String(busy) },
      el('div', { class: 'bulk-select' }, all, el('label', { for: allId }, 'Select all matching clips'), el('span', { class: 'bulk-count', 'aria-live': 'polite' }, '0', ' selected')),
      action('Move to trip', moveChoices, otherTrips[0]?.id ?? '', 'Move', otherTrips.length === 0),
      action('Set rating', RATING_OPTIONS, 'awesome', 'Apply rating'),
      action('Set kind', KIND_OPTIONS, 'talk', 'Apply kind'),
      this.button('Delete selected', { class: 'button-danger' }, true),
    );
  }

  private streamGroup(group: StreamGroup, talks: number, durations: ReadonlyMap<string, number>): HTMLElement {
    const { el } = this;
    const heading = `${this.id()}-stream`;
    const title = streamDisplayTitle(group.streamTitle);
    const meta = el('p', { class: 'stream-meta' });
    if (group.channel.trim() !== '') meta.append(el('span', { class: 'stream-channel' }, group.channel));
    meta.append(el('span', {}, talksInStreamText(talks)));
    if (group.continued) meta.append(el('span', {}, '(continued)'));
    return el(
      'section',
      { class: 'stream-group', 'aria-labelledby': heading },
      el(
        'header',
        { class: 'stream-head' },
        el('h3', { id: heading, class: 'stream-title' }, el('a', { href: watchUrl(group.videoId, 0), target: '_blank', rel: 'noopener noreferrer' }, title)),
        meta,
      ),
      el('ul', { class: 'report-clips', role: 'list', 'aria-label': `Talks of ${title}` }, ...group.clips.map((clip) => this.row(clip, durations.get(clip.id)))),
    );
  }

  /** A collapsed, unselected ClipRow (components/report/ClipTable.tsx). */
  private row(clip: Clip, duration: number | undefined): HTMLElement {
    const { el } = this;
    const view = clipRowView(clip);
    const check = this.input({ type: 'checkbox', class: 'report-clip-check', 'aria-label': `Select ${view.title}` });
    const meta = el(
      'span',
      { class: 'clip-meta' },
      el('a', { class: 'clip-time', href: view.href, target: '_blank', rel: 'noopener noreferrer' }, el('span', { class: 'visually-hidden' }, WATCH_AT), view.clock),
    );
    if (duration !== undefined) meta.append(el('span', { class: 'clip-duration' }, el('span', { class: 'visually-hidden' }, DURATION), formatDuration(duration)));
    if (view.speakers !== undefined) meta.append(el('span', { class: 'clip-speakers' }, view.speakers));
    if (clip.day !== undefined) meta.append(el('span', { class: 'clip-day' }, formatDay(clip.day, 'short')));
    for (const chip of view.chips) meta.append(el('span', { class: chip.className }, chip.label));
    for (const tag of clip.tags) meta.append(el('span', { class: 'chip chip-tag' }, '#', tag));
    const thumb = el(
      'a',
      { class: 'thumb', href: view.href, target: '_blank', rel: 'noopener noreferrer', tabindex: '-1', 'aria-hidden': 'true' },
      el('img', { src: thumbnailUrl(clip.videoId), alt: '', width: '160', height: '90', loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' }),
      el('span', { class: 'thumb-time' }, view.clock),
    );
    return el(
      'li',
      { class: 'report-clip', 'data-clip-id': clip.id },
      el(
        'div',
        { class: 'report-clip-head' },
        check,
        thumb,
        el('div', { class: 'report-clip-main' }, el('span', { class: 'clip-title' }, view.title), meta),
        this.button('Edit', { class: 'button-small', 'aria-label': view.editLabel, 'aria-expanded': 'false' }),
      ),
    );
  }

  private exportPlaceholder(text: string): HTMLElement {
    return this.el(
      'section',
      { class: 'export-panel', 'aria-labelledby': 'export-placeholder-heading', 'aria-busy': 'true' },
      this.el('h2', { id: 'export-placeholder-heading' }, 'Export'),
      this.el('p', { class: 'hint' }, text),
    );
  }
}
