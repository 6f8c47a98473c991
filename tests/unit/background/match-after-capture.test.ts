import '../storage/helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import { matchAfterCapture, renameAfterMatch } from '../../../background/match-after-capture';
import type { ClipRenamed } from '../../../messaging/protocol';
import { getClip, saveCapturedClip } from '../../../storage/clips';
import { saveSchedule } from '../../../storage/schedules';
import { at, makeDraft, resetDatabase } from '../storage/helpers';

beforeEach(resetDatabase);

describe('matchAfterCapture', () => {
  it('matches a saved clip only after the answer went out, as a separate write', async () => {
    const draft = makeDraft({ videoId: 'GrayRoom001', streamTitle: 'DemoCon — Gray Room', streamStart: '2020-12-14T08:00:00.000Z', seconds: 60 });
    const first = await saveCapturedClip(draft, at(0));
    await saveSchedule(
      first.trip.id,
      {
        title: 'DemoCon',
        timeZone: 'UTC',
        rooms: ['Gray Room'],
        format: 'pretalx-json',
        talks: [{ code: 'A1', title: 'Focused hardware', speakers: ['Brian Robinson'], room: 'Gray Room', start: '2020-12-14T08:00:00.000Z', end: '2020-12-14T08:30:00.000Z', slides: [] }],
      },
      {},
      at(1),
    );
    const second = await saveCapturedClip({ ...draft, seconds: 600 }, at(2));
    const tasks: (() => void)[] = [];
    const told: ClipRenamed[] = [];
    const tell = (renamed: ClipRenamed) => Promise.resolve(told.push(renamed));
    matchAfterCapture({ status: 'saved', clip: second.clip, tripName: second.trip.name }, tell, (task) => tasks.push(task));
    // Nothing happens until the deferred task runs.
    expect((await getClip(second.clip.id))?.title).toBe(draft.title);
    expect(tasks).toHaveLength(1);
    expect(told).toEqual([]);
    tasks[0]?.();
    await expect.poll(async () => (await getClip(second.clip.id))?.title).toBe('Focused hardware');
    // The tab that clipped is told the new name, once.
    await expect.poll(() => told).toEqual([{ clipId: second.clip.id, videoId: 'GrayRoom001', title: 'Focused hardware' }]);
  });

  it('tells nothing when no talk covers the moment or the trip has no schedule', async () => {
    const draft = makeDraft({ videoId: 'GrayRoom001', streamTitle: 'DemoCon — Gray Room', streamStart: '2020-12-14T08:00:00.000Z', seconds: 60 });
    const unscheduled = await saveCapturedClip(draft, at(0));
    const told: ClipRenamed[] = [];
    const runNow = (task: () => void) => task();
    matchAfterCapture({ status: 'saved', clip: unscheduled.clip, tripName: unscheduled.trip.name }, (renamed) => Promise.resolve(told.push(renamed)), runNow);
    await saveSchedule(
      unscheduled.trip.id,
      {
        title: 'DemoCon',
        timeZone: 'UTC',
        rooms: ['Gray Room'],
        format: 'pretalx-json',
        talks: [{ code: 'A1', title: 'Focused hardware', speakers: [], room: 'Gray Room', start: '2020-12-14T08:00:00.000Z', end: '2020-12-14T08:30:00.000Z', slides: [] }],
      },
      {},
      at(1),
    );
    // 09:00, after the schedule's last talk.
    const inBreak = await saveCapturedClip({ ...draft, seconds: 3600 }, at(2));
    matchAfterCapture({ status: 'saved', clip: inBreak.clip, tripName: inBreak.trip.name }, (renamed) => Promise.resolve(told.push(renamed)), runNow);
    // A later capture's match runs after both (Dexie runs these write transactions in order): only it renames.
    const third = await saveCapturedClip({ ...draft, seconds: 900 }, at(3));
    matchAfterCapture({ status: 'saved', clip: third.clip, tripName: third.trip.name }, (renamed) => Promise.resolve(told.push(renamed)), runNow);
    await expect.poll(() => told.length).toBe(1);
    expect(told).toEqual([{ clipId: third.clip.id, videoId: 'GrayRoom001', title: 'Focused hardware' }]);
    expect((await getClip(inBreak.clip.id))?.title).toBe(draft.title);
  });

  it('does nothing for a duplicate or a refusal', async () => {
    const tasks: (() => void)[] = [];
    const clip = (await saveCapturedClip(makeDraft({ seconds: 5 }), at(0))).clip;
    matchAfterCapture({ status: 'refused', code: 'ad', message: 'An ad is playing' }, () => Promise.resolve(), (task) => tasks.push(task));
    matchAfterCapture({ status: 'duplicate', clip, tripName: 'T' }, () => Promise.resolve(), (task) => tasks.push(task));
    expect(tasks).toHaveLength(0);
  });
});

describe('renameAfterMatch', () => {
  it('names the rename only when a talk was found and the title changed, and not over the person’s own title', async () => {
    const captured = (await saveCapturedClip(makeDraft({ title: 'Day 1 stream' }), at(0))).clip;
    const named = { ...captured, title: 'Focused hardware', talkCode: 'A1' };
    expect(renameAfterMatch(captured, { clips: 1, matched: 1, changed: 1, clip: named })).toEqual({ clipId: captured.id, videoId: captured.videoId, title: 'Focused hardware' });
    expect(renameAfterMatch(captured, undefined)).toBeUndefined();
    expect(renameAfterMatch(captured, { clips: 1, matched: 0, changed: 0, clip: captured })).toBeUndefined();
    expect(renameAfterMatch(captured, { clips: 1, matched: 1, changed: 1, clip: { ...named, title: captured.title } })).toBeUndefined();
    expect(renameAfterMatch(captured, { clips: 1, matched: 1, changed: 1, clip: { ...named, title: 'My title', editedFields: ['title'] } })).toBeUndefined();
  });
});
