/**
 * One key per rating and per kind, for setting them while watching (side panel). Keys
 * count only when no text field has focus, so typing notes never changes a rating.
 * Pure: the component that listens lives in components/editor/QuickChoices.tsx.
 */
import type { Rating, TalkKind } from '../model/types';

export const RATING_KEYS: ReadonlyArray<{ key: string; rating: Rating | null }> = [
  { key: '1', rating: 'awesome' },
  { key: '2', rating: 'liked' },
  { key: '3', rating: 'good' },
  { key: '0', rating: null },
];

export const KIND_KEYS: ReadonlyArray<{ key: string; kind: TalkKind }> = [
  { key: 'k', kind: 'keynote' },
  { key: 't', kind: 'talk' },
  { key: 'w', kind: 'workshop' },
  { key: 'l', kind: 'lightning' },
  { key: 'p', kind: 'panel' },
  { key: 'o', kind: 'open-space' },
  { key: 'x', kind: 'other' },
];

/** The shortcut inside Notes that inserts a timestamp link at the cursor. */
export const INSERT_TIMESTAMP_SHORTCUT = 'Alt+T';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type QuickChoice = { rating: Rating | null } | { kind: TalkKind };

/** The choice a bare key press stands for (no Ctrl, Alt or Meta), or null. */
export function quickChoiceFor(press: KeyPress): QuickChoice | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const key = press.key.toLowerCase();
  const rating = RATING_KEYS.find((entry) => entry.key === key);
  if (rating !== undefined) return { rating: rating.rating };
  const kind = KIND_KEYS.find((entry) => entry.key === key);
  return kind !== undefined ? { kind: kind.kind } : null;
}

/** Alt+T (the physical T key, whatever the layout types with Alt) inside Notes. */
export function isInsertTimestampKey(press: KeyPress & { code?: string }): boolean {
  return press.altKey && !press.ctrlKey && !press.metaKey && (press.code === 'KeyT' || press.key.toLowerCase() === 't');
}
