/** The Kind and Rating selects of the clip editor, side by side; a choice is saved at once. */
import { KIND_OPTIONS, RATING_OPTIONS, parseKind, parseRating } from '../../ui/fields';
import type { ClipFormState } from '../../ui/fields';
import type { ClipForm } from './use-clip-form';

export interface KindAndRatingFieldsProps {
  form: ClipFormState;
  update: ClipForm['update'];
  idFor: (name: string) => string;
}

export function KindAndRatingFields({ form, update, idFor }: KindAndRatingFieldsProps) {
  return (
    <div class="field-row">
      <div class="field">
        <label for={idFor('kind')}>Kind</label>
        <select id={idFor('kind')} value={form.kind} onChange={(event) => update({ kind: parseKind(event.currentTarget.value) }, 'now')}>
          {KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={idFor('rating')}>Rating</label>
        <select id={idFor('rating')} value={form.rating ?? ''} onChange={(event) => update({ rating: parseRating(event.currentTarget.value) }, 'now')}>
          {RATING_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
