/** The panel's keyboard shortcuts, listed where people look for them. */
import { KIND_LABELS, RATING_LABELS } from '../../ui/labels';
import { INSERT_TIMESTAMP_SHORTCUT, KIND_KEYS, RATING_KEYS } from '../../ui/quick-keys';

export function Shortcuts() {
  const rating = RATING_KEYS.map(({ key, rating }) => `${key} ${rating === null ? 'Unrated' : RATING_LABELS[rating]}`).join(', ');
  const kind = KIND_KEYS.map(({ key, kind }) => `${key.toUpperCase()} ${KIND_LABELS[kind]}`).join(', ');
  return (
    <details class="panel-shortcuts">
      <summary>Keyboard shortcuts</summary>
      <dl>
        <dt>Rating (outside text fields)</dt>
        <dd>{rating}</dd>
        <dt>Kind (outside text fields)</dt>
        <dd>{kind}</dd>
        <dt>Insert timestamp (in Notes)</dt>
        <dd>{INSERT_TIMESTAMP_SHORTCUT}</dd>
        <dt>Open this panel</dt>
        <dd>Alt+Shift+S (change it in the browser's extension shortcuts)</dd>
      </dl>
    </details>
  );
}
