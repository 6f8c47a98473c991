import { describe, expect, it } from 'vitest';
import { fixtureText, parseFixture, refusal, talkTitled } from './fixtures';
import { parseSchedule } from '../../../schedule/parse';

// Counts taken with grep over the files, not with the parser:
//   talks: grep -c BEGIN:VEVENT FILE                 (no VALUE=DATE all-day events in either:
//          grep -c 'VALUE=DATE:' FILE is 0)
//   rooms: grep '^LOCATION' FILE | sort -u | wc -l   (lca2020 has 17 VEVENTs without LOCATION, and
//          one LOCATION "Arena\, Room 8\, Room 5\, Room 6\, Room 7" for room changeovers)
describe('parseSchedule: iCalendar', () => {
  it.each([
    ['kielux2020-utc.ics', 24, 4],
    ['lca2020-tzid.ics', 262, 7],
  ] as const)('%s: every talk and room is read', (file, talks, rooms) => {
    const schedule = parseFixture(file);
    expect(schedule.format).toBe('ical');
    expect(schedule.talks).toHaveLength(talks);
    expect(schedule.rooms).toHaveLength(rooms);
  });

  it('UTC times (Z), the room from LOCATION, speakers from ATTENDEE', () => {
    const schedule = parseFixture('kielux2020-utc.ics', 'Europe/Berlin');
    expect(schedule.title).toBe('18. Kieler Open Source und Linux Tage');
    // UID:460@KOLT20, DTSTART:20200918T110000Z, DTEND:20200918T120000Z
    expect(talkTitled(schedule, 'OpenCelium - Der generische OpenSoure API-Hub')).toEqual({
      code: '460@KOLT20',
      title: 'OpenCelium - Der generische OpenSoure API-Hub',
      speakers: ['Jakob Semere'],
      room: 'Ravensberg',
      start: '2020-09-18T11:00:00.000Z',
      end: '2020-09-18T12:00:00.000Z',
      url: 'https://kielux.de/programm/KOLT20#460',
      slides: [],
    });
  });

  it('TZID=Australia/Brisbane without a VTIMEZONE: read as the IANA zone (UTC+10, no summer time)', () => {
    const schedule = parseFixture('lca2020-tzid.ics', 'Europe/Berlin');
    expect(schedule.timeZone).toBe('Australia/Brisbane');
    // UID:104@lca2020.linux.org.au, DTSTART;TZID=Australia/Brisbane:20200113T090000, DTEND …T101000
    const opening = talkTitled(schedule, 'Conference Opening');
    expect(opening).toMatchObject({ room: 'Arena', speakers: ['Joel Addison'], start: '2020-01-12T23:00:00.000Z', end: '2020-01-13T00:10:00.000Z' });
    expect(opening.url).toBe('http://lca2020.linux.org.au/schedule/presentation/212/');
    // LOCATION:Arena\, Room 8\, … (escaped commas): one room name, as the file has it.
    const changeover = schedule.talks.find((talk) => talk.room.includes(','));
    expect(changeover).toMatchObject({ title: 'Main Conference: room changeover', room: 'Arena, Room 8, Room 5, Room 6, Room 7' });
  });

  it('floating times are read in the Conference time zone, across the start of summer time; pretalx "Title - Speakers"', () => {
    const schedule = parseFixture('ours/floating-pretalx.ics', 'Europe/Berlin');
    expect(schedule.talks).toHaveLength(2); // the all-day "Camp open" is not a talk
    expect(schedule.timeZone).toBe('Europe/Berlin');
    // 10:00 on 30 March 2024 is CET (UTC+1); on 31 March, after clocks went forward, CEST (UTC+2).
    expect(talkTitled(schedule, 'Saturday before the change')).toMatchObject({ speakers: ['Ada Example'], start: '2024-03-30T09:00:00.000Z', end: '2024-03-30T09:30:00.000Z' });
    const sunday = talkTitled(schedule, 'Sunday after the change');
    expect(sunday).toMatchObject({ speakers: ['Grace Sample', 'Alan Turing'], start: '2024-03-31T08:00:00.000Z', end: '2024-03-31T08:45:00.000Z', track: 'Workshop', room: 'Hall 1' });
    expect(sunday.slides).toEqual([{ label: '', url: 'https://camp.example.org/2024/slides/sun1.pdf' }]);
    // The same file on a trip set to New York.
    expect(talkTitled(parseFixture('ours/floating-pretalx.ics', 'America/New_York'), 'Saturday before the change').start).toBe('2024-03-30T14:00:00.000Z');
  });

  it('floating times of a calendar that names its zone (X-WR-TIMEZONE) are read in that zone, whatever the trip says', () => {
    const text = fixtureText('ours/floating-pretalx.ics').replace('X-WR-CALNAME:', 'X-WR-TIMEZONE:Europe/Lisbon\r\nX-WR-CALNAME:');
    const schedule = parseSchedule({ text, fileName: 'camp.ics' }, { timeZone: 'Asia/Tokyo' });
    // Lisbon is UTC+0 on 30 March 2024 and UTC+1 from 31 March.
    expect(talkTitled(schedule, 'Saturday before the change')).toMatchObject({ start: '2024-03-30T10:00:00.000Z' });
    expect(talkTitled(schedule, 'Sunday after the change')).toMatchObject({ start: '2024-03-31T09:00:00.000Z' });
    expect(schedule.timeZone).toBe('Europe/Lisbon');
    expect(schedule.talks.some((talk) => talk.floating === true)).toBe(false);
  });

  it("a TZID that is no IANA name is read by the file's own VTIMEZONE rules", () => {
    const schedule = parseFixture('ours/vtimezone-outlook.ics', 'Asia/Tokyo');
    // "W. Europe Standard Time": +02:00 until the last Sunday of October, then +01:00.
    expect(talkTitled(schedule, 'Saturday keynote')).toMatchObject({ start: '2024-10-26T08:00:00.000Z', end: '2024-10-26T09:00:00.000Z', speakers: ['Ada Example'] });
    expect(talkTitled(schedule, 'Monday talk')).toMatchObject({ start: '2024-10-28T09:00:00.000Z', end: '2024-10-28T09:45:00.000Z', speakers: ['Grace Sample', 'Alan Turing'] });
    expect(schedule.timeZone).toBe('Asia/Tokyo');
  });
});

describe('parseSchedule refuses broken iCalendar and says where', () => {
  it('a file cut short', () => {
    const text = fixtureText('lca2020-tzid.ics');
    const cut = text.slice(0, text.indexOf('END:VEVENT', 100_000));
    const lastBegin = cut.split(/\r\n/).lastIndexOf('BEGIN:VEVENT') + 1;
    expect(refusal(cut, 'lca.ics')).toBe(`lca.ics: the VEVENT begun at line ${lastBegin} never ends (no END:VEVENT by line ${cut.split(/\r\n/).length}): the file is cut short.`);
  });

  it('a line that is no content line, and a mismatched END', () => {
    const lines = fixtureText('kielux2020-utc.ics').split('\r\n');
    const broken = [...lines.slice(0, 20), 'this is not ical', ...lines.slice(20)].join('\r\n');
    expect(refusal(broken, 'kielux.ics')).toBe('kielux.ics: line 21 is not an iCalendar line (NAME:value).');
    const wrongEnd = lines.join('\r\n').replace('END:VEVENT', 'END:VTODO');
    const line = lines.indexOf('END:VEVENT') + 1;
    expect(refusal(wrongEnd, 'kielux.ics')).toBe(`kielux.ics: line ${line} ends VTODO, but the VEVENT begun at line 8 is still open.`);
  });

  it('a time zone neither defined nor known, and a DTSTART that is no date', () => {
    const unknown = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x1\r\nDTSTART;TZID=Nowhere Standard Time:20240101T100000\r\nDTEND;TZID=Nowhere Standard Time:20240101T110000\r\nSUMMARY:A talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(refusal(unknown, 'x.ics')).toMatch(/^x\.ics: the DTSTART of the VEVENT at line 3 \(UID x1\) uses the time zone "Nowhere Standard Time", which the file does not define/);
    expect(refusal(unknown.replace(';TZID=Nowhere Standard Time:20240101T100000', ':soon'), 'x.ics')).toBe('x.ics: the DTSTART of the VEVENT at line 3 (UID x1) is not a date-time.');
  });
});
