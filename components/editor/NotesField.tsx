/**
 * The Notes field of the clip editor: Markdown text; pasted web content becomes
 * Markdown (Turndown, loaded on first need); and, where the page knows the moment
 * playing (side panel), **Insert timestamp** — a button and Alt+T — puts a Markdown
 * link to that moment at the cursor. Insertions keep the textarea's undo history.
 */
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { insertAt } from '../../ui/fields';
import { INSERT_TIMESTAMP_SHORTCUT, isInsertTimestampKey } from '../../ui/quick-keys';

type HtmlToMarkdown = (html: string) => string;
let converter: Promise<HtmlToMarkdown> | undefined;

/** Turndown is loaded on first need (focus on Notes, or a paste), not with the popup. */
function loadHtmlToMarkdown(): Promise<HtmlToMarkdown> {
  converter ??= import('../../markdown/html-to-markdown').then((module) => module.htmlToMarkdown);
  return converter;
}

export interface NotesFieldProps {
  id: string;
  value: string;
  onChange: (notes: string) => void;
  /** The Markdown link to the moment playing now, or null when there is none; no button without it. */
  timestamp?: () => string | null;
}

export function NotesField({ id, value, onChange, timestamp }: NotesFieldProps) {
  const areaRef = useRef<HTMLTextAreaElement>(null);

  const insert = (area: HTMLTextAreaElement, start: number, end: number, text: string) => {
    if (text === '' || !area.isConnected) return;
    area.focus();
    area.setSelectionRange(start, end);
    // execCommand keeps the textarea's own undo history and fires `input` (which saves);
    // it is deprecated but still the only way to do that. Fall back to a direct edit.
    if (!document.execCommand('insertText', false, text)) {
      const next = insertAt(area.value, start, end, text);
      area.value = next.value;
      area.setSelectionRange(next.caret, next.caret);
      onChange(next.value);
    }
  };

  const insertTimestamp = () => {
    const area = areaRef.current;
    const link = timestamp?.();
    if (area === null || link === null || link === undefined) return;
    // The selection survives the button taking focus; a link mid-word gets spaces around it.
    const { selectionStart: start, selectionEnd: end } = area;
    const before = area.value.slice(0, start);
    const after = area.value.slice(end);
    const spaceBefore = before === '' || /\s$/.test(before) ? '' : ' ';
    const spaceAfter = /^\s/.test(after) ? '' : ' ';
    insert(area, start, end, `${spaceBefore}${link}${spaceAfter}`);
  };

  const onPaste = (event: JSX.TargetedClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    if (html.trim() === '') return; // plain text: the browser pastes it
    const plain = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart: start, selectionEnd: end } = area;
    void loadHtmlToMarkdown()
      .then((convert) => convert(html))
      .catch(() => '')
      .then((markdown) => insert(area, start, end, markdown.trim() === '' ? plain : markdown));
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    if (timestamp === undefined || !isInsertTimestampKey(event)) return;
    event.preventDefault();
    insertTimestamp();
  };

  const hintId = `${id}-hint`;
  return (
    <div class="field notes-field">
      <div class="field-label-row">
        <label for={id}>Notes</label>
        {timestamp !== undefined && (
          <button type="button" class="button-small" onClick={insertTimestamp} aria-keyshortcuts="Alt+T" title={`Insert timestamp (${INSERT_TIMESTAMP_SHORTCUT})`}>
            Insert timestamp
          </button>
        )}
      </div>
      <textarea
        ref={areaRef}
        id={id}
        rows={5}
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
        onPaste={onPaste}
        onKeyDown={onKeyDown}
        onFocus={() => void loadHtmlToMarkdown().catch(() => undefined)}
        aria-describedby={hintId}
      />
      <small id={hintId} class="hint">
        Markdown. Pasted web content becomes Markdown.
        {timestamp !== undefined && ` ${INSERT_TIMESTAMP_SHORTCUT} inserts a link to the moment playing.`}
      </small>
    </div>
  );
}
