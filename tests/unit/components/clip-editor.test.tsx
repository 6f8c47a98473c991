// @vitest-environment jsdom
/**
 * The shared clip editor, rendered with Preact into jsdom and used through its labels and
 * buttons: what is saved and when (on leaving a field, at once for a choice), link rows
 * and their problems, focus after Add link and Remove link, Snap to talk start, a failed
 * save, and a live update of the clip. No timers: saves are brought about by focus leaving.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipEditor } from '../../../components/ClipEditor';
import type { SaveClip } from '../../../components/ClipEditor';
import type { Clip } from '../../../model/types';
import { StorageWriteError } from '../../../storage/errors';
import type { ClipChanges } from '../../../storage/clips';
import { newClip } from '../../support/records';

let root: HTMLDivElement | undefined;

afterEach(() => {
  if (root) act(() => render(null, root!));
  root?.remove();
  root = undefined;
});

/** A save that records each call and answers with the clip as stored after it. */
function recordingSave(start: Clip, fail?: () => Error | undefined) {
  const calls: ClipChanges[] = [];
  let stored = start;
  let tick = 0;
  const save: SaveClip = async (_id, changes) => {
    calls.push(changes);
    const failure = fail?.();
    if (failure) throw failure;
    tick += 1;
    stored = { ...stored, ...changes, updatedAt: `2030-01-01T00:00:${String(tick).padStart(2, '0')}.000Z` } as Clip;
    return stored;
  };
  return { calls, save };
}

function mount(clip: Clip, save: SaveClip): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ClipEditor clip={clip} save={save} />, root!));
  return root;
}

function labelled<T extends HTMLElement>(text: string): T {
  const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text);
  const control = label?.control ?? document.querySelector(`[aria-label="${text}"]`);
  if (!control) throw new Error(`no control labelled ${text}`);
  return control as T;
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

const alerts = () => [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent);

async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

async function type(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input'): Promise<void> {
  act(() => {
    control.value = value;
    control.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

/** Focus leaves the editor: what is waiting is saved. */
async function leave(): Promise<void> {
  act(() => {
    document.querySelector('.clip-editor')?.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
  await settle();
}

async function press(target: HTMLButtonElement): Promise<void> {
  act(() => target.click());
  await settle();
}

describe('ClipEditor', () => {
  it('saves the typed title when focus leaves, and a Kind or Rating choice at once', async () => {
    const clip = newClip({ title: 'Day 1' });
    const { calls, save } = recordingSave(clip);
    mount(clip, save);
    expect(labelled<HTMLInputElement>('Talk title').value).toBe('Day 1');
    await type(labelled('Talk title'), 'Rust is easy');
    expect(calls).toEqual([]);
    await leave();
    expect(calls).toEqual([{ title: 'Rust is easy' }]);
    await type(labelled('Kind'), 'keynote', 'change');
    expect(calls.at(-1)).toEqual({ kind: 'keynote' });
    await type(labelled('Rating'), 'awesome', 'change');
    expect(calls.at(-1)).toEqual({ rating: 'awesome' });
  });

  it('Add link focuses the new row and saves nothing blank; a bad URL says so once checked; Remove link saves and keeps focus', async () => {
    const clip = newClip();
    const { calls, save } = recordingSave(clip);
    mount(clip, save);
    await press(button('Add link'));
    expect(document.activeElement).toBe(labelled('Link 1 label'));
    await leave();
    expect(calls).toEqual([]);

    await type(labelled('Link 1 label'), 'Slides');
    await type(labelled('Link 1 URL'), 'slides.example/deck');
    expect(alerts()).toEqual([]);
    await leave();
    expect(alerts()).toEqual(['Link 1 URL must start with http:// or https://; it is not saved.']);
    expect(labelled('Link 1 URL').getAttribute('aria-invalid')).toBe('true');

    await type(labelled('Link 1 URL'), 'https://slides.example/deck');
    expect(alerts()).toEqual([]);
    await leave();
    expect(calls.at(-1)).toEqual({ links: [{ label: 'Slides', url: 'https://slides.example/deck' }] });

    await press(button('Add link'));
    await type(labelled('Link 2 URL'), 'https://code.example/repo');
    await press(button('Remove link 1'));
    expect(calls.at(-1)).toEqual({ links: [{ label: '', url: 'https://code.example/repo' }] });
    expect(document.activeElement).toBe(labelled('Link 1 label'));
    await press(button('Remove link 1'));
    expect(calls.at(-1)).toEqual({ links: [] });
    expect(document.activeElement).toBe(button('Add link'));
  });

  it('Snap to talk start moves the clip to its chapter’s start, then goes away with focus on the title', async () => {
    const clip = newClip({ seconds: 1500, chapter: { title: 'Saving time with Google Slides — Anna Rossi', seconds: 1200 } });
    const { calls, save } = recordingSave(clip);
    mount(clip, save);
    expect(document.body.textContent).toContain('Chapter “Saving time with Google Slides — Anna Rossi” starts at 0:20:00; this clip is at 0:25:00.');
    await press(button('Snap to talk start'));
    expect(calls).toEqual([{ seconds: 1200 }]);
    expect(document.activeElement).toBe(labelled('Talk title'));
    act(() => render(<ClipEditor clip={{ ...clip, seconds: 1200, updatedAt: '2030-01-01T00:00:01.000Z' }} save={save} />, root!));
    expect([...document.querySelectorAll('button')].map((candidate) => candidate.textContent)).not.toContain('Snap to talk start');
  });

  it('a failed save shows the storage layer’s sentence and keeps what was typed', async () => {
    const clip = newClip({ title: 'Day 1' });
    const { save } = recordingSave(clip, () => new StorageWriteError('quota', 'Could not save: the disk is full.'));
    mount(clip, save);
    await type(labelled('Talk title'), 'Rust is easy');
    await leave();
    expect(alerts().join(' ')).toContain('the disk is full');
    expect(labelled<HTMLInputElement>('Talk title').value).toBe('Rust is easy');
  });

  it('takes in a newer version of the clip from elsewhere, but not an older one', async () => {
    const clip = newClip({ title: 'Day 1', updatedAt: '2030-01-01T00:00:05.000Z' });
    const { save } = recordingSave(clip);
    mount(clip, save);
    act(() => render(<ClipEditor clip={{ ...clip, title: 'Matched talk', updatedAt: '2030-01-01T00:00:06.000Z' }} save={save} />, root!));
    expect(labelled<HTMLInputElement>('Talk title').value).toBe('Matched talk');
    act(() => render(<ClipEditor clip={{ ...clip, title: 'Stale', updatedAt: '2030-01-01T00:00:04.000Z' }} save={save} />, root!));
    expect(labelled<HTMLInputElement>('Talk title').value).toBe('Matched talk');
  });
});
