import { describe, expect, it } from 'vitest';
import { scheduleSchema } from '../../../schedule/model';
import { fixtureText, parseFixture, refusal, talkTitled } from './fixtures';

// Counts below were taken with jq over the files, not with the parser:
//   talks: jq '[.schedule.conference.days[].rooms[][]] | length' FILE
//   rooms: jq '[.schedule.conference.days[].rooms | keys[]] | unique | length' FILE
//          (democon also lists its 2 rooms in .schedule.conference.rooms)
//   Sessionize: jq '.sessions | length' and jq '.rooms | length' (every session has a startsAt)
describe('parseSchedule: schedule.json (pretalx, frab) and Sessionize', () => {
  it.each([
    ['pretalx-democon.schedule.json', 'pretalx-json', 36, 2],
    ['pretalx-rc3-2020.schedule.json', 'pretalx-json', 48, 5],
    ['frab-camp2019.schedule.json', 'frab-json', 79, 2],
    ['sessionize-orlando2020-all.json', 'sessionize', 99, 14],
  ] as const)('%s: every talk and room is read', (file, format, talks, rooms) => {
    const schedule = parseFixture(file);
    expect(schedule.format).toBe(format);
    expect(schedule.talks).toHaveLength(talks);
    expect(schedule.rooms).toHaveLength(rooms);
    expect(scheduleSchema.safeParse(schedule).success).toBe(true);
    expect(new Set(schedule.talks.map((talk) => talk.code)).size).toBe(talks);
    for (const talk of schedule.talks) expect(schedule.rooms).toContain(talk.room);
  });

  it('pretalx: instants from the date with its offset, speakers, type, track and talk page', () => {
    const schedule = parseFixture('pretalx-democon.schedule.json');
    expect(schedule.title).toBe('DemoCon');
    expect(schedule.timeZone).toBe('UTC');
    // "date": "2020-12-14T09:00:00+01:00", "duration": "00:30"
    expect(talkTitled(schedule, 'Focused 5thgeneration hardware')).toEqual({
      code: '8079583e-8321-506c-95af-fd2903a5f075',
      title: 'Focused 5thgeneration hardware',
      speakers: ['Brian Robinson'],
      room: 'Gray Room',
      start: '2020-12-14T08:00:00.000Z',
      end: '2020-12-14T08:30:00.000Z',
      type: 'Talk',
      track: 'Phased',
      url: 'http://localhost/democon/talk/G9JGWY/',
      slides: [],
    });
  });

  it('older pretalx without time_zone_name takes the Conference time zone; times still come from the offsets', () => {
    const schedule = parseFixture('pretalx-rc3-2020.schedule.json', 'Europe/Berlin');
    expect(schedule.timeZone).toBe('Europe/Berlin');
    const talk = talkTitled(schedule, 'Der faule Admin automatisiert: Gluon auf echter Hardware testen');
    // "date": "2020-12-27T11:30:00+01:00", "duration": "00:40"
    expect([talk.start, talk.end]).toEqual(['2020-12-27T10:30:00.000Z', '2020-12-27T11:10:00.000Z']);
    expect(talk.room).toBe('r3s - Monheim/Rhein');
  });

  it('frab: attachments become slide links, resolved against base_url', () => {
    const schedule = parseFixture('frab-camp2019.schedule.json');
    expect(schedule.timeZone).toBe('Europe/Berlin');
    const talk = talkTitled(schedule, 'Hacking Containers and Kubernetes');
    // "date": "2019-08-21T13:00:00+02:00", "duration": "00:45"
    expect([talk.start, talk.end]).toEqual(['2019-08-21T11:00:00.000Z', '2019-08-21T11:45:00.000Z']);
    expect(talk.slides).toEqual([
      {
        label: 'Slides',
        url: 'https://fahrplan.events.ccc.de/system/event_attachments/attachments/000/003/792/original/Hacking_Containers_and_Kubernetes.pdf?1566398735',
      },
    ]);
    expect(talkTitled(schedule, 'Opening Ceremony').speakers).toEqual(['jinxx', 'smtw']);
  });

  it('Sessionize: BOM, offset-less startsAt read in the Conference time zone, rooms and speakers by id', () => {
    const text = fixtureText('sessionize-orlando2020-all.json');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const schedule = parseFixture('sessionize-orlando2020-all.json', 'America/New_York');
    expect(schedule.timeZone).toBe('America/New_York');
    const talk = talkTitled(schedule, '3 Disciplines for Leading a Distributed Agile Team or Organization');
    // "startsAt": "2020-03-28T09:00:00": Orlando keeps New York time, on EDT (UTC-4) since 8 March 2020.
    expect([talk.start, talk.end]).toEqual(['2020-03-28T13:00:00.000Z', '2020-03-28T13:45:00.000Z']);
    expect(talk.room).toBe('Room 1');
    // speaker b1f7a8bd-… in .speakers, and category items 30937 (Level) and 30935 ("Session format": Session).
    expect(talk.speakers).toHaveLength(1);
    expect(talk.type).toBe('Session');
  });
});

describe('parseSchedule refuses broken JSON and says where', () => {
  it('a file cut short', () => {
    const text = fixtureText('pretalx-democon.schedule.json');
    const message = refusal(text.slice(0, 20_000), 'schedule.json');
    expect(message).toMatch(/^schedule\.json: /);
    expect(message).toMatch(/cut short/);
    expect(message).toMatch(/line \d+/);
  });

  it('a syntax error, with its line', () => {
    const text = fixtureText('pretalx-democon.schedule.json').replace('"title": "Focused 5thgeneration hardware",', '"title": "Focused 5thgeneration hardware" "oops",');
    const line = text.split('\n').findIndex((row) => row.includes('"oops"')) + 1;
    expect(refusal(text, 'schedule.json')).toMatch(new RegExp(`line ${line}, column \\d+`));
  });

  it('a talk with a start that is not a time, by its JSON path', () => {
    const data = JSON.parse(fixtureText('pretalx-rc3-2020.schedule.json'));
    const event = data.schedule.conference.days[1].rooms['r3s - Monheim/Rhein'][0];
    delete event.date;
    event.start = 'half past ten';
    expect(refusal(JSON.stringify(data), 'schedule.json')).toBe(
      'schedule.json: schedule.conference.days[1].rooms["r3s - Monheim/Rhein"][0].start is not a time (HH:MM).',
    );
  });

  it('a duration that is not a duration', () => {
    const data = JSON.parse(fixtureText('pretalx-democon.schedule.json'));
    data.schedule.conference.days[0].rooms['Tan Room'][2].duration = 'long';
    expect(refusal(JSON.stringify(data), 'schedule.json')).toMatch(/days\[0\]\.rooms\["Tan Room"\]\[2\]\.duration is not a duration/);
  });

  it('JSON that is no schedule, a Sessionize session without a known room, an unknown time zone', () => {
    expect(refusal('{"hello": "world"}', 'x.json')).toMatch(/^x\.json: this JSON has neither/);
    const data = JSON.parse(fixtureText('sessionize-orlando2020-all.json').replace(/^\uFEFF/, ''));
    data.sessions[3].roomId = 999;
    expect(refusal(JSON.stringify(data), 'All.json')).toBe('All.json: sessions[3].roomId is 999, which is not in "rooms".');
    expect(refusal(fixtureText('pretalx-democon.schedule.json'), 'schedule.json', 'Mars/Olympus')).toMatch(/Conference time zone "Mars\/Olympus"/);
  });

  it('too large a file, and a file that is no schedule at all', () => {
    expect(refusal(' '.repeat(20_000_001), 'big.json')).toMatch(/larger than 20 MB/);
    expect(refusal('Hello', 'notes.txt')).toMatch(/not a schedule this importer reads/);
    expect(refusal('Hello', 'talks.ics')).toMatch(/does not begin like iCalendar \(line 1\)/);
  });
});
