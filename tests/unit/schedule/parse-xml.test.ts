import { describe, expect, it } from 'vitest';
import { findTalk, isBreak } from '../../../schedule/match';
import { fixtureText, parseFixture, refusal, talkTitled } from './fixtures';

// Counts taken with grep over the files, not with the parser:
//   talks: grep -c '<event ' FILE                       (one <event …> per line in both)
//   rooms: grep -o '<room name="[^"]*"' FILE | sort -u | wc -l
//   (FOSDEM 2021 declares 108 rooms; two of them, e.g. D.bsd on one day, are empty that day)
describe('parseSchedule: schedule.xml (wafer/frab, Pentabarf)', () => {
  it.each([
    ['wafer-debconf23.schedule.xml', 'frab-xml', 117, 5],
    ['pentabarf-fosdem2021.schedule.xml', 'pentabarf-xml', 773, 108],
  ] as const)('%s: every talk and room is read', (file, format, talks, rooms) => {
    const schedule = parseFixture(file, 'Europe/Brussels');
    expect(schedule.format).toBe(format);
    expect(schedule.talks).toHaveLength(talks);
    expect(schedule.rooms).toHaveLength(rooms);
    for (const talk of schedule.talks) expect(schedule.rooms).toContain(talk.room);
  });

  it('wafer (DebConf23, Asia/Kolkata): instants from <date>, which agree with the local <start>', () => {
    const schedule = parseFixture('wafer-debconf23.schedule.xml', 'Europe/Brussels');
    expect(schedule.title).toBe('DebConf 23');
    expect(schedule.timeZone).toBe('Asia/Kolkata');
    // <date>2023-09-10T05:00:00+00:00</date> <start>10:30</start> (IST is UTC+05:30) <duration>00:20</duration>
    expect(talkTitled(schedule, 'Opening Ceremony')).toMatchObject({
      code: '455d075f-48c0-2ec2-24b3-f5add30c383a',
      speakers: ['Sruthi Chandran'],
      room: 'Anamudi',
      start: '2023-09-10T05:00:00.000Z',
      end: '2023-09-10T05:20:00.000Z',
      type: 'Long talk (45 minutes)',
      url: 'https://debconf23.debconf.org/talks/18-opening-ceremony/',
    });
  });

  it('wafer: lunch and breaks stay in the schedule but are never matched', () => {
    const schedule = parseFixture('wafer-debconf23.schedule.xml');
    // <event id="2">: Lunch, Elsewhere, <date>2023-09-10T07:00:00+00:00</date>, 03:00.
    const lunch = schedule.talks.find((talk) => talk.code === 'd9a180f9-8a4c-9cb0-44bd-6c6750be22f6');
    expect(lunch).toMatchObject({ title: 'Lunch', room: 'Elsewhere', start: '2023-09-10T07:00:00.000Z', end: '2023-09-10T10:00:00.000Z' });
    expect(isBreak(lunch!)).toBe(true);
    expect(findTalk(schedule, 'Elsewhere', new Date('2023-09-10T08:00:00Z'))).toBeUndefined();
    expect(schedule.talks.filter(isBreak).map((talk) => talk.title)).not.toContain('Opening Ceremony');
  });

  it('Pentabarf (FOSDEM 2021): HH:MM on the day\'s date, read in the Conference time zone', () => {
    const schedule = parseFixture('pentabarf-fosdem2021.schedule.xml', 'Europe/Brussels');
    expect(schedule.timeZone).toBe('Europe/Brussels');
    // <day date="2021-02-06">, <start>10:00</start>, <duration>00:30</duration>; Brussels is UTC+1 in February.
    const talk = talkTitled(schedule, 'Empowering the school of the future');
    expect(talk).toMatchObject({ code: '11164', room: 'M.community', start: '2021-02-06T09:00:00.000Z', end: '2021-02-06T09:30:00.000Z', speakers: ['Marco Marinello', 'Paolo Dongilli'] });
    expect(talk.slides.map((link) => link.label)).toContain('FOSDEM21 - Empowering the school of the future');
    // Recordings are kept, the feedback form is not.
    const welcome = talkTitled(schedule, 'Welcome to FOSDEM 2021');
    expect(welcome.slides.map((link) => link.url)).toEqual([
      'https://video.fosdem.org/2021/K.fosdem/keynotes_welcome.webm',
      'https://video.fosdem.org/2021/K.fosdem/keynotes_welcome.mp4',
    ]);
    // The same file read for a trip set to another zone moves with it.
    expect(talkTitled(parseFixture('pentabarf-fosdem2021.schedule.xml', 'UTC'), 'Welcome to FOSDEM 2021').start).toBe('2021-02-06T09:00:00.000Z');
  });
});

describe('parseSchedule refuses broken XML and says where', () => {
  it('a file cut short', () => {
    const text = fixtureText('pentabarf-fosdem2021.schedule.xml');
    const cut = text.slice(0, text.indexOf('</abstract>', 40_000));
    const lines = cut.split('\n').length;
    expect(refusal(cut, 'schedule.xml')).toMatch(new RegExp(`^schedule\\.xml: the XML stops before it is complete \\(line ${lines}, .*cut short\\.$`));
  });

  it('a tag closed by the wrong name, with its line', () => {
    const text = fixtureText('wafer-debconf23.schedule.xml').replace('<title>Opening Ceremony</title>', '<title>Opening Ceremony</titel>');
    const line = text.split('\n').findIndex((row) => row.includes('</titel>')) + 1;
    expect(refusal(text, 'schedule.xml')).toMatch(new RegExp(`^schedule\\.xml: the XML is broken at line ${line}, column \\d+ \\(`));
  });

  it('an event whose start is not a time, named by its id and line', () => {
    const text = fixtureText('pentabarf-fosdem2021.schedule.xml').replace('<start>10:00</start>', '<start>ten</start>');
    const line = text.split('\n').findIndex((row) => row.includes('<event id="11164">')) + 1;
    expect(refusal(text, 'fosdem.xml')).toBe(`fosdem.xml: the <start> of <event id="11164"> at line ${line} is not a time (HH:MM).`);
  });

  it('XML that is not a schedule, and DTD entities left unexpanded', () => {
    expect(refusal('<?xml version="1.0"?><rss><channel/></rss>', 'feed.xml')).toMatch(/root element is <rss>/);
    const bomb = '<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><schedule><day date="2024-01-01"><room name="R"><event id="1"><title>&b;</title><start>10:00</start><duration>00:30</duration></event></room></day></schedule>';
    expect(refusal(bomb, 'bomb.xml')).toMatch(/^bomb\.xml: the XML is broken at line 1, column \d+ \(undefined entity\)\.$/);
  });
});
