/**
 * Tier labels: the emoji and heading of each section of the By rating layout (and of
 * `tiers` in a custom template). A field left blank falls back to the default label.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { DEFAULT_TIER_LABELS } from '../../markdown/export-options';
import type { TierLabels } from '../../markdown/export-options';
import type { PanelChoices } from '../../export/choices-store';
import { joinTierLabel, splitTierLabel } from './tier-label-parts';
import type { Choose } from './use-export-choices';

const TIER_NAMES: Readonly<Record<keyof TierLabels, string>> = {
  awesome: 'Awesome',
  liked: 'Liked',
  good: 'Good',
  unrated: 'Unrated',
};

const TIERS = Object.keys(TIER_NAMES) as Array<keyof TierLabels>;

export interface TierLabelsFieldsProps {
  choices: PanelChoices;
  /** The labels in force (defaults filled in). */
  labels: TierLabels;
  choose: Choose;
}

function TierRow({ tier, label, onLabel }: { tier: keyof TierLabels; label: string; onLabel: (label: string | undefined) => void }) {
  const ids = { emoji: useId(), heading: useId() };
  const parts = splitTierLabel(label);
  const update = (next: Partial<typeof parts>) => {
    const joined = joinTierLabel({ ...parts, ...next });
    onLabel(joined === '' || joined === DEFAULT_TIER_LABELS[tier] ? undefined : joined);
  };
  const onInput = (key: 'emoji' | 'heading') => (event: JSX.TargetedEvent<HTMLInputElement>) => update({ [key]: event.currentTarget.value.replace(/[\r\n\u2028\u2029]/g, ' ') });
  return (
    <div class="export-tier">
      <div class="field export-tier-emoji">
        <label for={ids.emoji}>{`${TIER_NAMES[tier]} emoji`}</label>
        <input id={ids.emoji} type="text" value={parts.emoji} maxLength={40} spellcheck={false} onInput={onInput('emoji')} />
      </div>
      <div class="field export-tier-heading">
        <label for={ids.heading}>{`${TIER_NAMES[tier]} heading`}</label>
        <input id={ids.heading} type="text" value={parts.heading} maxLength={250} onInput={onInput('heading')} />
      </div>
    </div>
  );
}

export function TierLabelsFields({ choices, labels, choose }: TierLabelsFieldsProps) {
  const hintId = useId();
  const onLabel = (tier: keyof TierLabels) => (label: string | undefined) => {
    const next = { ...choices.tierLabels };
    if (label === undefined) delete next[tier];
    else next[tier] = label;
    choose('tierLabels', Object.keys(next).length === 0 ? undefined : next);
  };
  return (
    <fieldset class="export-tiers group-box" aria-describedby={hintId}>
      <legend>Tier labels</legend>
      <p id={hintId} class="hint">
        The sections of By rating, best first. Emoji as :shortcode: or the character; headings are plain text, set in bold when written **like this**. Blank fields use the default.
      </p>
      {TIERS.map((tier) => (
        <TierRow key={tier} tier={tier} label={labels[tier]} onLabel={onLabel(tier)} />
      ))}
    </fieldset>
  );
}
