/**
 * A list of clips (role list, named by `label`), each a ClipItem. Paging and data
 * loading belong to the caller.
 */
import type { Ref } from 'preact';
import type { Clip } from '../model/types';
import type { SaveClip } from './ClipEditor';
import { ClipItem } from './ClipItem';

export interface ClipListProps {
  clips: readonly Clip[];
  /** Accessible name of the list, e.g. "Clips in JSConf EU 2025". */
  label: string;
  /** Ids of the clips whose editor is open. */
  expandedIds: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onDelete: (clip: Clip, row: HTMLLIElement | null) => void;
  highlightId?: string | null;
  save?: SaveClip;
  listRef?: Ref<HTMLUListElement>;
}

export function ClipList({ clips, label, expandedIds, onToggle, onDelete, highlightId = null, save, listRef }: ClipListProps) {
  return (
    // role=list: list-style:none would make Safari drop the list semantics.
    <ul ref={listRef} class="clip-list" role="list" aria-label={label}>
      {clips.map((clip) => (
        <ClipItem
          key={clip.id}
          clip={clip}
          expanded={expandedIds.has(clip.id)}
          onToggle={onToggle}
          onDelete={onDelete}
          highlighted={clip.id === highlightId}
          save={save}
        />
      ))}
    </ul>
  );
}
