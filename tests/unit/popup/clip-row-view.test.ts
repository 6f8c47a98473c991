/** What a collapsed clip row says (ui/clip-row-view.ts), shared by the popup's two renderers. */
import { describe, expect, it } from 'vitest';
import { clipRowView } from '../../../ui/clip-row-view';
import { newClip } from '../../support/records';

describe('clipRowView', () => {
  it('shows the title, the moment as a link to it, the speakers, the kind and the rating', () => {
    const view = clipRowView(
      newClip({ title: 'Rust is easy', videoId: 'abc-123_XY', seconds: 3723.9, speakers: ['Ada', 'Grace'], kind: 'keynote', rating: 'awesome' }),
    );
    expect(view).toEqual({
      title: 'Rust is easy',
      clock: '1:02:03',
      href: 'https://www.youtube.com/watch?v=abc-123_XY&t=3723s',
      speakers: 'Ada, Grace',
      chips: [
        { className: 'chip', label: 'Keynote' },
        { className: 'chip chip-awesome', label: 'Awesome' },
      ],
      editLabel: 'Edit Rust is easy',
      deleteLabel: 'Delete Rust is easy',
    });
  });

  it('leaves out what a plain, unrated talk without speakers does not have', () => {
    const view = clipRowView(newClip({ kind: 'talk', rating: null, speakers: [] }));
    expect(view.speakers).toBeUndefined();
    expect(view.chips).toEqual([]);
  });

  it('names an untitled clip by its stream, else as an untitled talk, in its buttons too', () => {
    expect(clipRowView(newClip({ title: '  ', streamTitle: 'Day 2 - Room A' })).editLabel).toBe('Edit Day 2 - Room A');
    expect(clipRowView(newClip({ title: '', streamTitle: '' })).deleteLabel).toBe('Delete Untitled talk');
  });
});
