import { describe, expect, it } from 'vitest';
import { findTalk, isBreak, OVERRUN_MS, talkKind } from '../../../schedule/match';
import type { Schedule, ScheduleTalk } from '../../../schedule/model';
import { parseFixture } from './fixtures';

const at = (iso: string) => new Date(iso);
/** The moment a clip shows: the broadcast's actual start plus the clip's offset in the video. */
const clipMoment = (streamStartedAt: string, offsetSeconds: number) => new Date(Date.parse(streamStartedAt) + offsetSeconds * 1000);

describe('findTalk on a real pretalx schedule (DemoCon, times in +01:00)', () => {
  const democon = parseFixture('pretalx-democon.schedule.json');
  // Gray Room, 14 December 2020 (CET): 09:00-09:30 "Focused 5thgeneration hardware",
  // 09:30-10:00 "Quality-focused 6thgeneration website", 10:00-10:30 "Secured mobile concept",
  // nothing until 11:30. Tan Room: 09:00-10:30 "Managed stable function" (a workshop).
  const title = (room: string, iso: string) => findTalk(democon, room, at(iso))?.title;

  it('inside a slot, at its first and last second', () => {
    expect(title('Gray Room', '2020-12-14T08:10:00Z')).toBe('Focused 5thgeneration hardware');
    expect(title('Gray Room', '2020-12-14T08:30:00Z')).toBe('Quality-focused 6thgeneration website');
    expect(title('Gray Room', '2020-12-14T08:59:59Z')).toBe('Quality-focused 6thgeneration website');
    expect(title('Gray Room', '2020-12-14T07:59:59Z')).toBeUndefined();
  });

  it('two rooms at once name their own talks', () => {
    expect(title('Gray Room', '2020-12-14T08:15:00Z')).toBe('Focused 5thgeneration hardware');
    expect(title('Tan Room', '2020-12-14T08:15:00Z')).toBe('Managed stable function');
    expect(title('Lobby', '2020-12-14T08:15:00Z')).toBeUndefined();
  });

  it('a talk running over into the gap counts for ten minutes after its end, then nothing', () => {
    // "Secured mobile concept" ends 10:30 CET = 09:30Z.
    expect(title('Gray Room', '2020-12-14T09:34:00Z')).toBe('Secured mobile concept');
    expect(title('Gray Room', '2020-12-14T09:39:59Z')).toBe('Secured mobile concept');
    expect(title('Gray Room', '2020-12-14T09:40:00Z')).toBeUndefined();
    expect(title('Gray Room', '2020-12-14T10:15:00Z')).toBeUndefined();
    expect(OVERRUN_MS).toBe(600_000);
  });

  it('a stream that went live late: the moment comes from its actual start, not the schedule', () => {
    // The Gray Room stream was scheduled for 09:00 CET but went live at 09:07 (08:07Z).
    // A clip 25 minutes into the video shows 09:32 CET: the second talk, not the first.
    expect(findTalk(democon, 'Gray Room', clipMoment('2020-12-14T08:07:00Z', 25 * 60))?.title).toBe('Quality-focused 6thgeneration website');
    expect(findTalk(democon, 'Gray Room', clipMoment('2020-12-14T08:00:00Z', 25 * 60))?.title).toBe('Focused 5thgeneration hardware');
  });
});

function talk(partial: Partial<ScheduleTalk> & Pick<ScheduleTalk, 'code' | 'start' | 'end'>): ScheduleTalk {
  return { title: partial.code, speakers: [], room: 'Room A', slides: [], ...partial };
}

function scheduleOf(talks: ScheduleTalk[]): Schedule {
  return { title: 'Test', timeZone: 'Europe/Berlin', rooms: [...new Set(talks.map((entry) => entry.room))], talks, format: 'pretalx-json' };
}

describe('findTalk around breaks', () => {
  // A morning in Room A, 24 May 2024 (UTC for easy reading).
  const morning = scheduleOf([
    talk({ code: 'opening', title: 'Opening', start: '2024-05-24T09:00:00.000Z', end: '2024-05-24T09:30:00.000Z' }),
    talk({ code: 'coffee', title: 'Coffee Break', start: '2024-05-24T09:30:00.000Z', end: '2024-05-24T10:00:00.000Z' }),
    talk({ code: 'rust', title: 'Rust in production', start: '2024-05-24T10:00:00.000Z', end: '2024-05-24T10:45:00.000Z' }),
    talk({ code: 'lunch', title: 'Lunch', type: 'Break', start: '2024-05-24T10:45:00.000Z', end: '2024-05-24T12:00:00.000Z' }),
    talk({ code: 'short', title: 'Short talk', start: '2024-05-24T12:00:00.000Z', end: '2024-05-24T12:05:00.000Z' }),
    talk({ code: 'next', title: 'Next talk', start: '2024-05-24T12:10:00.000Z', end: '2024-05-24T12:40:00.000Z' }),
  ]);
  const code = (iso: string) => findTalk(morning, 'Room A', at(iso))?.code;

  it('overrun into a coffee break still names the talk; later in the break nothing is named', () => {
    expect(code('2024-05-24T09:37:00Z')).toBe('opening');
    expect(code('2024-05-24T09:45:00Z')).toBeUndefined();
    expect(code('2024-05-24T10:50:00Z')).toBe('rust');
    expect(code('2024-05-24T11:30:00Z')).toBeUndefined();
  });

  it('a break is never proposed, even at its very start', () => {
    expect(code('2024-05-24T09:30:00Z')).toBe('opening');
    expect(code('2024-05-24T10:56:00Z')).toBeUndefined();
  });

  it('once the next talk has started, the one before no longer counts', () => {
    // "Short talk" ends 12:05; within its ten minutes "Next talk" starts at 12:10.
    expect(code('2024-05-24T12:08:00Z')).toBe('short');
    expect(code('2024-05-24T12:10:00Z')).toBe('next');
  });
});

describe('findTalk on a night with a daylight-saving change', () => {
  // tests/fixtures/schedules/ours/dst-night.sessionize.json: Berlin, 27 October 2024.
  const camp = parseFixture('ours/dst-night.sessionize.json', 'Europe/Berlin');

  it('reads the offset-less times on both sides of the change', () => {
    const byCode = new Map(camp.talks.map((entry) => [entry.code, entry]));
    expect(byCode.get('sat-morning')?.start).toBe('2024-10-26T07:00:00.000Z');
    expect(byCode.get('night-owls')?.start).toBe('2024-10-26T23:30:00.000Z');
    expect(byCode.get('night-owls')?.end).toBe('2024-10-27T02:30:00.000Z');
    expect(byCode.get('sun-morning')?.start).toBe('2024-10-27T08:00:00.000Z');
  });

  it('a talk spanning the change lasts its three real hours', () => {
    // 03:15 CET is 02:15Z: two hours forty-five after the 01:30 CEST start, still on.
    expect(findTalk(camp, 'Night Stage', at('2024-10-27T02:15:00Z'))?.code).toBe('night-owls');
    expect(findTalk(camp, 'Night Stage', at('2024-10-27T02:45:00Z'))?.code).toBeUndefined();
  });

  it('the morning after the change is an hour later in UTC than the day before', () => {
    // Stream went live at 08:58 CET (07:58Z); a clip 10 minutes in is 09:08 CET.
    expect(findTalk(camp, 'Main Tent', clipMoment('2024-10-27T07:58:00Z', 600))?.code).toBe('sun-morning');
    // The same wall-clock minute the day before (09:08 CEST = 07:08Z).
    expect(findTalk(camp, 'Main Tent', at('2024-10-26T07:08:00Z'))?.code).toBe('sat-morning');
    // 08:30 CET is breakfast: nothing.
    expect(findTalk(camp, 'Main Tent', at('2024-10-27T07:30:00Z'))).toBeUndefined();
  });
});

describe('isBreak and talkKind', () => {
  const entry = (title: string, type?: string, track?: string) => ({ title, type, track });

  it('breaks by type or by a title made of break words only', () => {
    for (const title of ['Lunch', 'Coffee Break', 'Coffee break ☕', 'Main Conference: morning tea', 'Main Conference: room changeover', 'Ice Cream & Snacks Break', 'Afternoon break', 'Breakfast', 'Lunch (uncatered)', 'Free time']) {
      expect(isBreak(entry(title)), title).toBe(true);
    }
    expect(isBreak(entry('Pause', 'Break'))).toBe(true);
    for (const title of ['Give open source a (tax) break', 'Early warning signs for open source breakages', 'Keynote', 'Lunch with Rust: zero-cost abstractions explained for everyone', 'Break the monolith']) {
      expect(isBreak(entry(title, 'Talk')), title).toBe(false);
    }
  });

  it('kinds from type, then track, then a label in the title', () => {
    expect(talkKind(entry('Opening', 'Keynote'))).toBe('keynote');
    expect(talkKind(entry('Tox', 'LightningTalk 15min 10min Q&A'))).toBe('lightning');
    expect(talkKind(entry('Intro to Go', 'Workshop 110min'))).toBe('workshop');
    expect(talkKind(entry('Who owns the code?', 'Panel discussion'))).toBe('panel');
    expect(talkKind(entry('Something', 'podium'))).toBe('panel');
    expect(talkKind(entry('Packaging', 'BoF (45 minutes)'))).toBe('open-space');
    expect(talkKind(entry('Five minutes of fame', 'lightningtalk', 'Lightning Talks'))).toBe('lightning');
    expect(talkKind(entry('Something', 'maintrack', 'Keynotes'))).toBe('keynote');
    expect(talkKind(entry('Hands on with Rust', 'Talk', 'Workshops'))).toBe('talk');
    expect(talkKind(entry('PANEL: Open Source License Compliance', 'devroom', 'Legal and Policy Issues'))).toBe('panel');
    expect(talkKind(entry('Web mining panel', 'devroom'))).toBe('panel');
    expect(talkKind(entry('Keynote'))).toBe('keynote');
    expect(talkKind(entry('Rust in production', 'Talk'))).toBe('talk');
    expect(talkKind(entry('Quality-focused 6thgeneration website'))).toBe('talk');
  });
});
