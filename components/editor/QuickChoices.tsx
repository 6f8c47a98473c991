/**
 * Rating and kind as rows of toggle buttons, one click each, and one key each while no
 * text field has focus (ui/quick-keys.ts): for rating while the talk plays. Part of the
 * clip editor where the page asks for it (side panel); the selects stay the same fields.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Rating, TalkKind } from '../../model/types';
import { KIND_LABELS, RATING_LABELS } from '../../ui/labels';
import { KIND_KEYS, RATING_KEYS, quickChoiceFor } from '../../ui/quick-keys';

export interface QuickChoicesProps {
  rating: Rating | null;
  kind: TalkKind;
  onRating: (rating: Rating | null) => void;
  onKind: (kind: TalkKind) => void;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

export function QuickChoices({ rating, kind, onRating, onKind }: QuickChoicesProps) {
  const handlers = useRef({ onRating, onKind });
  handlers.current = { onRating, onKind };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || typingInto(event.target)) return;
      const choice = quickChoiceFor(event);
      if (choice === null) return;
      event.preventDefault();
      if ('kind' in choice) handlers.current.onKind(choice.kind);
      else handlers.current.onRating(choice.rating);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div class="quick-choices">
      <div class="quick-row" role="group" aria-label="Rate">
        {RATING_KEYS.map(({ key, rating: value }) => {
          const label = value === null ? 'Unrated' : RATING_LABELS[value];
          return (
            <button key={key} type="button" class="button-small" aria-pressed={rating === value} aria-keyshortcuts={key} onClick={() => onRating(value)}>
              {label} <kbd aria-hidden="true">{key}</kbd>
            </button>
          );
        })}
      </div>
      <div class="quick-row" role="group" aria-label="Kind of talk">
        {KIND_KEYS.map(({ key, kind: value }) => (
          <button key={key} type="button" class="button-small" aria-pressed={kind === value} aria-keyshortcuts={key.toUpperCase()} onClick={() => onKind(value)}>
            {KIND_LABELS[value]} <kbd aria-hidden="true">{key.toUpperCase()}</kbd>
          </button>
        ))}
      </div>
    </div>
  );
}
