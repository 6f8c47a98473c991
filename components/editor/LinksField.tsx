/**
 * The Links field of the clip editor: one row a link (label, URL, Remove link N), Add link,
 * and a link's problem under its row once the row was checked (saved or left) unchanged.
 * Focus stays in the field: on the new row after Add link, on the next row (or Add link)
 * after a removal.
 */
import { useEffect, useRef } from 'preact/hooks';
import { linkProblem, linkProblemMessage } from '../../ui/fields';
import type { LinkDraft } from '../../ui/fields';
import type { ClipForm } from './use-clip-form';

export interface LinksFieldProps {
  links: LinkDraft[];
  /** The rows as last checked: see ClipForm.checkedLinks. */
  checkedLinks: LinkDraft[];
  update: ClipForm['update'];
  /** A unique id for a part of the field. */
  idFor: (name: string) => string;
}

export function LinksField({ links, checkedLinks, update, idFor }: LinksFieldProps) {
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const addLinkRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<{ row: number } | 'add' | null>(null);

  // Move focus after adding or removing a link row, once the rows are rendered.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'add') {
      addLinkRef.current?.focus();
      return;
    }
    const input = fieldsetRef.current?.querySelector<HTMLInputElement>(`[data-link-row="${target.row}"][data-link-part="label"]`);
    input?.focus();
  }, [links.length]);

  const setLink = (index: number, part: keyof LinkDraft, value: string) =>
    update((form) => ({ links: form.links.map((link, i) => (i === index ? { ...link, [part]: value } : link)) }));

  const addLink = () =>
    // A blank row is not saved, so no need to save now.
    update((form) => {
      const next = [...form.links, { label: '', url: '' }];
      pendingFocus.current = { row: next.length - 1 };
      return { links: next };
    }, 'not');

  const removeLink = (index: number) =>
    update((form) => {
      const next = form.links.filter((_, i) => i !== index);
      pendingFocus.current = next.length > 0 ? { row: Math.min(index, next.length - 1) } : 'add';
      return { links: next };
    }, 'now');

  return (
    <fieldset class="links group-box" ref={fieldsetRef}>
      <legend>Links</legend>
      {links.length === 0 && <p class="hint">No links yet (slides, repository…).</p>}
      {links.map((link, index) => {
        const n = index + 1;
        const checked = checkedLinks[index];
        const problem = checked !== undefined && checked.url === link.url && checked.label === link.label ? linkProblem(link) : null;
        const errorId = idFor(`link-${index}-error`);
        return (
          <div class="link-row" key={index}>
            <input
              type="text"
              aria-label={`Link ${n} label`}
              placeholder="Label"
              value={link.label}
              data-link-row={index}
              data-link-part="label"
              onInput={(event) => setLink(index, 'label', event.currentTarget.value)}
              autoComplete="off"
            />
            <input
              type="url"
              aria-label={`Link ${n} URL`}
              placeholder="https://…"
              value={link.url}
              data-link-row={index}
              data-link-part="url"
              aria-invalid={problem !== null}
              aria-describedby={problem !== null ? errorId : undefined}
              onInput={(event) => setLink(index, 'url', event.currentTarget.value)}
              autoComplete="off"
            />
            <button type="button" class="button-quiet" onClick={() => removeLink(index)} aria-label={`Remove link ${n}`} title={`Remove link ${n}`}>
              <span aria-hidden="true">×</span>
            </button>
            {problem !== null && (
              <p class="field-error link-error" id={errorId} role="alert">
                {linkProblemMessage(index, problem)}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" ref={addLinkRef} onClick={addLink}>
        Add link
      </button>
    </fieldset>
  );
}
