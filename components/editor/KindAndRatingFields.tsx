/** The Kind and Rating selects of the clip editor, side by side; a choice is saved at once. */
import { KIND_OPTIONS, RATING_OPTIONS, UNRATED } from '../../ui/fields';
import type { ClipFormState } from '../../ui/fields';
import { SelectField } from '../SelectField';
import type { ClipForm } from './use-clip-form';

export interface KindAndRatingFieldsProps {
  form: ClipFormState;
  update: ClipForm['update'];
}

export function KindAndRatingFields({ form, update }: KindAndRatingFieldsProps) {
  return (
    <div class="field-row">
      <SelectField label="Kind" value={form.kind} choices={KIND_OPTIONS} onChange={(kind) => update({ kind }, 'now')} />
      <SelectField
        label="Rating"
        value={form.rating ?? UNRATED}
        choices={RATING_OPTIONS}
        onChange={(rating) => update({ rating: rating === UNRATED ? null : rating }, 'now')}
      />
    </div>
  );
}
