/**
 * The export choices: Front matter, Layout (with Copy layout as template), Link style,
 * Post date and Post time, Post title, Emoji, Draft.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { PanelChoices } from '../../export/choices-store';
import { EMOJI_CHOICES, FRONT_MATTER_CHOICES, isHugo, LAYOUT_CHOICES, LINK_STYLE_CHOICES } from '../../export/panel-model';
import type { EmojiChoice } from '../../export/panel-model';
import type { ExportOptions, FrontMatterFlavour, LinkStyle, ReportLayout } from '../../markdown/export-options';
import { formatUtcOffset, POST_TIME, utcOffsetMinutes } from '../../markdown/post-time';
import { LAYOUT_TEMPLATES } from '../../markdown/template/layout-templates';
import type { Trip } from '../../model/types';
import { isCalendarDate } from '../../youtube/local-day';
import { SelectField } from '../SelectField';
import type { Choose } from './use-export-choices';

export interface ExportChoicesFormProps {
  trip: Trip;
  choices: PanelChoices;
  /** The choices resolved with their defaults. */
  options: ExportOptions;
  today: string;
  choose: Choose;
}

export function ExportChoicesForm({ trip, choices, options, today, choose }: ExportChoicesFormProps) {
  const ids = { date: useId(), time: useId(), timeHint: useId(), postTitle: useId(), draft: useId() };
  const hugo = isHugo(options.frontMatter);
  const layout = options.layout;
  const zone = options.timeZone ?? 'UTC';

  const copyLayout = () => {
    if (layout === 'template') return;
    const copy = LAYOUT_TEMPLATES[layout];
    const own = choices.template;
    if (own !== undefined && own !== copy && !window.confirm('Replace your custom template with this layout?')) return;
    choose('template', copy);
    choose('layout', 'template');
  };

  return (
    <div class="export-options">
      <SelectField<FrontMatterFlavour> label="Front matter" value={options.frontMatter} choices={FRONT_MATTER_CHOICES} onChange={(value) => choose('frontMatter', value)} />
      <div class="export-layout">
        <SelectField<ReportLayout> label="Layout" value={layout} choices={LAYOUT_CHOICES} onChange={(value) => choose('layout', value)} />
        {layout !== 'template' && (
          <button type="button" onClick={copyLayout}>
            Copy layout as template
          </button>
        )}
      </div>
      <SelectField<LinkStyle> label="Link style" value={options.linkStyle} choices={LINK_STYLE_CHOICES} onChange={(value) => choose('linkStyle', value)} />
      <div class="field">
        <label for={ids.date}>Post date</label>
        <input
          id={ids.date}
          type="date"
          value={choices.date ?? today}
          required
          onChange={(event: JSX.TargetedEvent<HTMLInputElement>) => {
            const value = event.currentTarget.value;
            // An emptied field means today again; a partial date is ignored until complete.
            if (value === '') choose('date', undefined);
            else if (isCalendarDate(value)) choose('date', value === today ? undefined : value);
          }}
        />
      </div>
      <div class="field">
        <label for={ids.time}>Post time</label>
        <input
          id={ids.time}
          type="time"
          step={1}
          value={choices.time ?? ''}
          aria-describedby={ids.timeHint}
          onChange={(event: JSX.TargetedEvent<HTMLInputElement>) => {
            const value = event.currentTarget.value;
            if (value === '') choose('time', undefined);
            else if (POST_TIME.test(value)) choose('time', value);
          }}
        />
        <span id={ids.timeHint} class="hint">
          {choices.time === undefined ? 'Optional: the date alone when empty.' : `${zone}, ${formatUtcOffset(utcOffsetMinutes(options.date, choices.time, zone))} on that date`}
        </span>
      </div>
      <div class="field export-field-wide">
        <label for={ids.postTitle}>Post title</label>
        <input
          id={ids.postTitle}
          type="text"
          value={choices.title ?? trip.name}
          maxLength={1000}
          onInput={(event: JSX.TargetedEvent<HTMLInputElement>) => {
            const value = event.currentTarget.value;
            choose('title', value === trip.name ? undefined : value);
          }}
        />
      </div>
      <SelectField<EmojiChoice> label="Emoji" value={choices.emoji ?? 'default'} choices={EMOJI_CHOICES} onChange={(value) => choose('emoji', value === 'default' ? undefined : value)} />
      <div class="export-check">
        <input
          id={ids.draft}
          type="checkbox"
          checked={hugo && choices.draft === true}
          disabled={!hugo}
          onChange={(event: JSX.TargetedEvent<HTMLInputElement>) => choose('draft', event.currentTarget.checked ? true : undefined)}
        />
        <label for={ids.draft}>Draft</label>
        <span class="hint">{hugo ? '(Hugo)' : '(Hugo front matter only)'}</span>
      </div>
    </div>
  );
}
