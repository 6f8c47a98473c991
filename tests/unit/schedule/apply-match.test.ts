import { describe, expect, it } from 'vitest';
import { clipSchema } from '../../../model/schemas';
import { clipMoment, editedFieldsAfter, matchChanges, roomOfStream, talkLinks } from '../../../schedule/apply-match';
import type { ScheduleTalk } from '../../../schedule/model';
import { newClip } from '../../support/records';

const TALK: ScheduleTalk = {
  code: 'G9JGWY',
  title: 'Focused 5thgeneration hardware',
  speakers: ['Brian Robinson'],
  room: 'Gray Room',
  start: '2020-12-14T08:00:00.000Z',
  end: '2020-12-14T08:30:00.000Z',
  type: 'Workshop',
  url: 'https://pretalx.example/democon/talk/G9JGWY/',
  slides: [
    { label: 'Slides (PDF)', url: 'https://pretalx.example/media/g9jgwy.pdf' },
    { label: 'Same file again', url: 'https://pretalx.example/media/g9jgwy.pdf' },
  ],
};

describe('clipMoment', () => {
  it('is the stream start plus the clip offset', () => {
    expect(clipMoment({ streamStart: '2020-12-14T07:55:00.000Z', seconds: 600 })?.toISOString()).toBe('2020-12-14T08:05:00.000Z');
  });
  it('is unknown without a stream start', () => {
    expect(clipMoment({ seconds: 600 })).toBeUndefined();
  });
});

describe('talkLinks', () => {
  it('labels the talk page and the slides, each URL once', () => {
    expect(talkLinks(TALK)).toEqual([
      { label: 'talk page', url: 'https://pretalx.example/democon/talk/G9JGWY/' },
      { label: 'slides', url: 'https://pretalx.example/media/g9jgwy.pdf' },
    ]);
  });
});

describe('matchChanges', () => {
  const captured = newClip({ title: 'DemoCon — Gray Room', streamStart: '2020-12-14T08:00:00.000Z', seconds: 600 });

  it('fills title, speakers, kind, day and links from the talk, and keeps its code', () => {
    const changes = matchChanges(captured, TALK, 'Europe/Berlin');
    expect(changes).toEqual({
      title: 'Focused 5thgeneration hardware',
      speakers: ['Brian Robinson'],
      kind: 'workshop',
      day: '2020-12-14',
      links: talkLinks(TALK),
      talkCode: 'G9JGWY',
    });
    expect(clipSchema.safeParse({ ...captured, ...changes }).success).toBe(true);
  });

  it('never touches a field the user edited', () => {
    const edited = { ...captured, title: 'My own title', links: [{ label: 'repo', url: 'https://example.org/repo' }], editedFields: ['title' as const, 'links' as const] };
    const changes = matchChanges(edited, TALK, 'Europe/Berlin');
    expect(changes).not.toHaveProperty('title');
    expect(changes).not.toHaveProperty('links');
    expect(changes).toMatchObject({ speakers: ['Brian Robinson'], kind: 'workshop', talkCode: 'G9JGWY' });
  });

  it('changes nothing when the clip already says what the talk says', () => {
    const matched = { ...captured, ...matchChanges(captured, TALK, 'Europe/Berlin') };
    expect(matchChanges(matched, TALK, 'Europe/Berlin')).toBeNull();
  });

  it('without a talk only forgets the talk code, and leaves a never-matched clip alone', () => {
    const matched = { ...captured, ...matchChanges(captured, TALK, 'Europe/Berlin') };
    expect(matchChanges(matched, undefined, 'Europe/Berlin')).toEqual({ talkCode: undefined });
    expect(matchChanges(captured, undefined, 'Europe/Berlin')).toBeNull();
  });

  it('a talk without a page or slides leaves the links as they are', () => {
    const bare = { ...TALK, url: undefined, slides: [] };
    expect(matchChanges(captured, bare, 'UTC')).not.toHaveProperty('links');
  });
});

describe('editedFieldsAfter (what a user edit records)', () => {
  const clip = newClip({ title: 'From the stream', day: '2020-12-14' });

  it('records the matched fields an edit really changes', () => {
    expect(editedFieldsAfter(clip, { title: 'Typed by me', notes: 'hello', rating: 'liked' })).toEqual(['title']);
    expect(editedFieldsAfter(clip, { title: 'From the stream' })).toBeUndefined();
    expect(editedFieldsAfter(clip, { kind: 'keynote', speakers: ['Ada'] })).toEqual(['speakers', 'kind']);
  });

  it('keeps what was recorded before, and counts clearing the day', () => {
    const edited = { ...clip, editedFields: ['links' as const] };
    expect(editedFieldsAfter(edited, { day: undefined })).toEqual(['day', 'links']);
    expect(editedFieldsAfter(edited, { notes: 'x' })).toEqual(['links']);
  });
});

describe('roomOfStream', () => {
  const rooms = ['South Hall 2A', 'South Hall 2B', 'Gray Room'];
  it('keeps the room the user chose, even none', () => {
    expect(roomOfStream({ room: 'Gray Room', roomSource: 'user' }, rooms, 'South Hall 2A day 1')).toEqual({ room: 'Gray Room', roomSource: 'user' });
    expect(roomOfStream({ roomSource: 'user' }, rooms, 'South Hall 2A day 1')).toEqual({ room: undefined, roomSource: 'user' });
  });
  it('else reads it from the stream title again', () => {
    expect(roomOfStream({ room: 'Gray Room', roomSource: 'title' }, rooms, 'PyCon — South Hall 2A — Friday')).toEqual({ room: 'South Hall 2A', roomSource: 'title' });
    expect(roomOfStream(undefined, rooms, 'Keynotes, day 2')).toEqual({ room: undefined, roomSource: 'title' });
  });
});
