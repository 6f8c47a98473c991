import { describe, expect, it } from 'vitest';
import { slotTime, talkNowAt } from '../../../components/sidepanel/talk-now';
import type { StreamSchedule } from '../../../components/sidepanel/talk-now';
import { matchChanges, roomOfStream, talkOfClip } from '../../../schedule/apply-match';
import { chapterTalkAt } from '../../../youtube/watch';
import type { WatchedVideo } from '../../../youtube/watch';
import { parseFixture } from '../schedule/fixtures';
import { newClip } from '../../support/records';

// The pretalx DemoCon schedule (Gray Room: 09:00, 09:30, 10:00 Berlin time, then nothing until 11:30).
const schedule = parseFixture('pretalx-democon.schedule.json');
const GRAY: WatchedVideo = {
  videoId: 'GrayRoomD01',
  streamTitle: 'DemoCon 2020 — Gray Room — Day 1',
  channel: 'DemoCon',
  liveStatus: 'was_live',
  chapters: [],
  durationSeconds: 36000,
  streamStart: '2020-12-14T08:00:00.000Z',
};
const plan: StreamSchedule = { schedule, stream: undefined };

describe('talkNowAt: the talk now on in the side panel', () => {
  it('on a stream whose title names a room: the schedule’s talk at the position, with its room, time and page', () => {
    const talk = talkNowAt(plan, GRAY, 600);
    expect(talk).toMatchObject({ title: 'Focused 5thgeneration hardware', speakers: ['Brian Robinson'], startSeconds: 0 });
    expect(talk.slot).toMatchObject({ room: 'Gray Room', start: '2020-12-14T08:00:00.000Z', end: '2020-12-14T08:30:00.000Z', kind: 'talk' });
    expect(talk.slot?.links).toEqual([{ label: 'talk page', url: 'http://localhost/democon/talk/G9JGWY/' }]);
    expect(talk.chapter).toBeUndefined();
  });

  it('changes talk at the next talk’s start, and says where that talk began', () => {
    expect(talkNowAt(plan, GRAY, 1799).title).toBe('Focused 5thgeneration hardware');
    const next = talkNowAt(plan, GRAY, 1800);
    expect(next).toMatchObject({ title: 'Quality-focused 6thgeneration website', speakers: ['Jordan Parks'], startSeconds: 1800 });
  });

  it('is the talk the match after a capture gives a clip taken at that moment', () => {
    for (let seconds = 0; seconds <= 36_000; seconds += 97) {
      const clip = newClip({ videoId: GRAY.videoId, streamTitle: GRAY.streamTitle, title: GRAY.streamTitle, streamStart: GRAY.streamStart, seconds });
      const matched = talkOfClip(clip, schedule, roomOfStream(undefined, schedule.rooms, clip.streamTitle).room);
      const changes = matchChanges(clip, matched, schedule.timeZone);
      const shown = talkNowAt(plan, GRAY, seconds);
      expect(shown.title, `at ${seconds} s`).toBe(changes?.title ?? clip.title);
      expect(shown.speakers, `at ${seconds} s`).toEqual(changes?.speakers ?? clip.speakers);
      expect(shown.slot !== undefined, `at ${seconds} s`).toBe(matched !== undefined);
    }
  });

  it('follows the room chosen for the stream, and falls back to the chapters when it has none', () => {
    const tan = talkNowAt({ schedule, stream: { tripId: 't', videoId: GRAY.videoId, room: 'Tan Room', roomSource: 'user', updatedAt: '2020-12-14T00:00:00.000Z' } }, GRAY, 2400);
    expect(tan).toMatchObject({ title: 'Managed stable function', speakers: ['Jeremy Beck'], slot: { room: 'Tan Room', kind: 'workshop' } });
    const none = talkNowAt({ schedule, stream: { tripId: 't', videoId: GRAY.videoId, roomSource: 'user', updatedAt: '2020-12-14T00:00:00.000Z' } }, GRAY, 2400);
    expect(none).toEqual(chapterTalkAt(GRAY, 2400));
  });

  it('in a gap of the room’s schedule: the chapters’ talk, and the room that has nothing on', () => {
    // 10:45 Berlin: the 10:00 talk ended 15 minutes ago, the next starts at 11:30.
    expect(talkNowAt(plan, GRAY, 6300)).toEqual({ ...chapterTalkAt(GRAY, 6300), idleRoom: 'Gray Room' });
  });

  it('the chapters’ talk without a schedule, a room, or a broadcast start', () => {
    const withChapters: WatchedVideo = { ...GRAY, chapters: [{ title: 'Opening — Ada Lovelace', seconds: 0 }, { title: 'Rust is easy — Luca Barbato', seconds: 1200 }] };
    expect(talkNowAt(undefined, withChapters, 1500)).toEqual({ ...chapterTalkAt(withChapters, 1500), startSeconds: 1200 });
    const { streamStart: _unknown, ...upload } = withChapters;
    expect(talkNowAt(plan, upload, 1500)).toEqual({ ...chapterTalkAt(upload, 1500), startSeconds: 1200 });
    const elsewhere = { ...withChapters, streamTitle: 'PyCon Italia 2023 — Sala Lampo' };
    expect(talkNowAt(plan, elsewhere, 1500).slot).toBeUndefined();
    expect(talkNowAt(plan, elsewhere, 1500).title).toBe('Rust is easy');
  });
});

describe('slotTime', () => {
  const slot = { room: 'Gray Room', start: '2020-12-14T08:00:00.000Z', end: '2020-12-14T08:30:00.000Z', kind: 'talk' as const, links: [] };

  it('is the talk’s time in the conference’s zone, and the viewer’s where the clocks differ', () => {
    expect(slotTime({ ...slot, timeZone: 'Europe/Berlin' }, 'Europe/Berlin')).toBe('09:00–09:30 Europe/Berlin');
    expect(slotTime({ ...slot, timeZone: 'Europe/Berlin' }, 'Europe/Rome')).toBe('09:00–09:30 Europe/Berlin');
    expect(slotTime({ ...slot, timeZone: 'UTC' }, 'Europe/Berlin')).toBe('08:00–08:30 UTC, 09:00–09:30 here');
  });

  it('names the zone by its current IANA name', () => {
    expect(slotTime({ ...slot, timeZone: 'Asia/Calcutta' }, 'Asia/Kolkata')).toBe('13:30–14:00 Asia/Kolkata');
  });
});
