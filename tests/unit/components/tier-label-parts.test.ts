/** A tier label split into the panel's emoji and heading fields, and joined back. */
import { describe, expect, it } from 'vitest';
import { joinTierLabel, splitTierLabel } from '../../../components/export/tier-label-parts';
import { DEFAULT_TIER_LABELS } from '../../../markdown/export-options';

describe('tier label fields', () => {
  it('splits a leading shortcode or emoji character from the heading', () => {
    expect(splitTierLabel(':star: **Awesome talks**')).toEqual({ emoji: ':star:', heading: '**Awesome talks**' });
    expect(splitTierLabel('👍🏽 Good one')).toEqual({ emoji: '👍🏽', heading: 'Good one' });
    expect(splitTierLabel('❤️ Loved')).toEqual({ emoji: '❤️', heading: 'Loved' });
    expect(splitTierLabel('Plain heading')).toEqual({ emoji: '', heading: 'Plain heading' });
  });

  it('joins them back into the label, every default unchanged', () => {
    for (const label of Object.values(DEFAULT_TIER_LABELS)) expect(joinTierLabel(splitTierLabel(label))).toBe(label);
    expect(joinTierLabel({ emoji: '', heading: 'Only text' })).toBe('Only text');
    expect(joinTierLabel({ emoji: '🍿', heading: '' })).toBe('🍿');
  });
});
