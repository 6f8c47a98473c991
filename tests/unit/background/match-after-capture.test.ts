import '../storage/helpers';
import { beforeEach, describe, expect, it } from 'vitest';
import { matchAfterCapture } from '../../../background/match-after-capture';
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
    matchAfterCapture({ status: 'saved', clip: second.clip, tripName: second.trip.name }, (task) => tasks.push(task));
    // Nothing happens until the deferred task runs.
    expect((await getClip(second.clip.id))?.title).toBe(draft.title);
    expect(tasks).toHaveLength(1);
    tasks[0]?.();
    await expect.poll(async () => (await getClip(second.clip.id))?.title).toBe('Focused hardware');
  });

  it('does nothing for a duplicate or a refusal', () => {
    const tasks: (() => void)[] = [];
    matchAfterCapture({ status: 'refused', code: 'ad', message: 'An ad is playing' }, (task) => tasks.push(task));
    expect(tasks).toHaveLength(0);
  });
});
