/**
 * One real schedule end to end, through the same doors the report page uses: the real
 * CCCamp 2019 frab schedule.json is parsed (parseSchedule), stored and matched
 * (saveSchedule) against a clip captured on the Curie room's stream, and the export
 * (renderReport) then shows the talk page and the slides where each layout shows links.
 */
import './helpers';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_LAYOUTS, resolveExportOptions } from '../../../markdown/export-options';
import { renderReport } from '../../../markdown/render-report';
import { parseSchedule } from '../../../schedule/parse';
import { getClip, saveCapturedClip, updateClip } from '../../../storage/clips';
import { db } from '../../../storage/db';
import { saveSchedule } from '../../../storage/schedules';
import { at, makeDraft, resetDatabase } from './helpers';

beforeEach(resetDatabase);

const FILE = 'frab-camp2019.schedule.json';
const TALK_PAGE = 'https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10178.html';
const SLIDES = 'https://fahrplan.events.ccc.de/system/event_attachments/attachments/000/003/792/original/Hacking_Containers_and_Kubernetes.pdf?1566398735';

/** The Curie room's stream of 21 August 2019, which went live at 12:55 CEST, five minutes early. */
const CURIE_STREAM = {
  videoId: 'CurieDay3aa',
  streamTitle: 'CCCamp19 - Curie - Day 3',
  title: 'CCCamp19 - Curie - Day 3',
  speakers: [],
  channel: 'c3voc',
  liveStatus: 'was_live' as const,
  streamStart: '2019-08-21T10:55:00.000Z',
  day: '2019-08-21',
};

async function importRealSchedule(tripId: string) {
  const schedule = parseSchedule({ text: readFileSync(`tests/fixtures/schedules/${FILE}`, 'utf8'), fileName: FILE }, { timeZone: 'Europe/Berlin' });
  return saveSchedule(tripId, schedule, { fileName: FILE }, at(10_000));
}

describe(`a clip on a room's stream and the real ${FILE}`, () => {
  it('is named after the talk on at its moment, with its talk page and slides', async () => {
    // 25 minutes into the stream: 11:20 UTC, 13:20 in the camp's time zone.
    const { clip } = await saveCapturedClip(makeDraft({ ...CURIE_STREAM, seconds: 1500 }), at(0));
    const summary = await importRealSchedule(clip.tripId);
    expect(summary).toEqual({ clips: 1, matched: 1, changed: 1 });

    const named = await getClip(clip.id);
    expect(named).toMatchObject({
      title: 'Hacking Containers and Kubernetes',
      speakers: ['Thomas Fricke'],
      kind: 'talk',
      day: '2019-08-21',
      links: [
        { label: 'talk page', url: TALK_PAGE },
        { label: 'slides', url: SLIDES },
      ],
    });
  });

  it('exports the talk page where every built-in layout shows links', async () => {
    const { clip, trip } = await saveCapturedClip(makeDraft({ ...CURIE_STREAM, seconds: 1500 }), at(0));
    await importRealSchedule(clip.tripId);
    const clips = await db.clips.toArray();
    const video = 'https://www.youtube.com/live/CurieDay3aa?t=1500';
    const talkPage = `[talk page](${TALK_PAGE})`;
    const slides = `[slides](${SLIDES})`;
    const lines = (layout: (typeof BUILT_IN_LAYOUTS)[number]) =>
      renderReport(trip, clips, resolveExportOptions({ frontMatter: 'none', layout }, '2019-08-25')).markdown.split('\n');

    expect(lines('kind')).toContain(`by Thomas Fricke - [video](${video}) - ${talkPage} - ${slides}`);
    expect(lines('chronological')).toContain(`by Thomas Fricke - [video](${video}) - ${talkPage} - ${slides}`);
    expect(lines('rating')).toContainEqual(expect.stringContaining(`[Hacking Containers and Kubernetes](${video}) by Thomas Fricke - ${talkPage} - ${slides}`));
    expect(lines('day')).toContain(`[video](${video}) - ${talkPage} - ${slides}`);
  });

  it('a clip during the break after the talk is not named, and what the writer typed stays', async () => {
    // 12:10 UTC: 25 minutes after the 11:00-11:45 talk, and nothing else on in Curie yet.
    const { clip: inBreak } = await saveCapturedClip(makeDraft({ ...CURIE_STREAM, seconds: 4500 }), at(0));
    const { clip: typed } = await saveCapturedClip(makeDraft({ ...CURIE_STREAM, seconds: 1600 }), at(1));
    await updateClip(typed.id, { title: 'Containers, the hard way' }, at(2));
    await importRealSchedule(inBreak.tripId);

    expect(await getClip(inBreak.id)).toMatchObject({ title: CURIE_STREAM.title, links: [] });
    expect((await getClip(inBreak.id))?.talkCode).toBeUndefined();
    expect(await getClip(typed.id)).toMatchObject({ title: 'Containers, the hard way', speakers: ['Thomas Fricke'] });
  });
});
