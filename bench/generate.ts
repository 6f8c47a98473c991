/**
 * A seeded generator of realistic Talk Clipper data, for the benchmarks and the stress
 * tests: trips of 3 days, 4 streams a day (one YouTube live stream per room and day),
 * 8 talks a stream; talks with speakers, kinds, ratings, tags, links and Markdown notes
 * of varied length (lists, links, code, quotes), plus the awkward titles the exporter
 * must escape. Every record is valid against model/schemas.ts.
 *
 * Deterministic: the same `seed` and sizes give the same records, byte for byte (no
 * clock, no Math.random, no crypto.randomUUID).
 */
import type { Clip, LiveStatus, Link, Rating, TalkKind, Trip } from '../model/types';

export const DAYS_PER_TRIP = 3;
export const STREAMS_PER_DAY = 4;
export const TALKS_PER_STREAM = 8;
/** Talks of one full trip: 3 days x 4 streams x 8 talks. */
export const TALKS_PER_TRIP = DAYS_PER_TRIP * STREAMS_PER_DAY * TALKS_PER_STREAM;

export interface DatasetOptions {
  /** How many clips in all. */
  clips: number;
  seed: number;
  /**
   * How many trips to spread the clips over (the first trips get one more clip when it
   * does not divide). Default: full trips of TALKS_PER_TRIP talks, the last one partial.
   * With fewer trips than that, a trip has more streams a day (still 8 talks a stream).
   */
  trips?: number;
}

export interface Dataset {
  trips: Trip[];
  clips: Clip[];
}

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = createRandom(seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct items (or all of them). */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      out.push(...pool.splice(index, 1));
    }
    return out;
  }

  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** A version 4 UUID drawn from this generator. */
  uuid(): string {
    const hex = (n: number) => Array.from({ length: n }, () => this.int(0, 15).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  }

  videoId(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return Array.from({ length: 11 }, () => alphabet[this.int(0, 63)]).join('');
  }
}

const CONFERENCES = [
  { name: 'PyCon Italia', place: 'Florence, Italy', url: 'https://pycon.it/' },
  { name: 'EuroPython', place: 'Prague, Czech Republic', url: 'https://ep2024.europython.eu/' },
  { name: 'PyCon US', place: 'Pittsburgh, PA', url: 'https://us.pycon.org/' },
  { name: 'PyConES', place: 'Vigo, Spain', url: 'https://2024.es.pycon.org/' },
  { name: 'JSConf EU', place: 'Berlin, Germany', url: 'https://jsconf.eu/' },
  { name: 'RustConf', place: 'Montréal, Canada', url: 'https://rustconf.com/' },
  { name: 'DjangoCon Europe', place: 'Vigo, Spain', url: 'https://djangocon.eu/' },
  { name: 'FOSDEM', place: 'Brussels, Belgium', url: 'https://fosdem.org/' },
  { name: 'KubeCon', place: 'Paris, France', url: 'https://events.linuxfoundation.org/' },
  { name: 'PyData 東京', place: 'Tokyo, Japan', url: 'https://pydata.tokyo/' },
] as const;

const ROOMS = ['Sala Lampo', 'Sala Tortellini', 'Hall A', 'Auditorio', 'Room 1', 'Main Stage', 'Forum', 'Spectrum', 'Track B', 'Sala Ping'];

const FIRST_NAMES = ['Anna', 'Luca', 'Marco', 'Ada', 'Giulia', 'Pablo', 'Noor', 'Kenji', 'Sofía', 'Olu', 'Maya', 'Jan', 'Chiara', 'Hynek', 'Łukasz', 'Zoë', 'Amélie', 'Ravi', 'Mei', 'Tomás'];
const LAST_NAMES = ['Rossi', 'Barbato', 'Santoni', 'Bianchi', 'García', 'Okafor', 'Tanaka', 'Müller', 'Nowak', 'Schlawack', 'Langa', 'Dubois', 'Iyer', 'Chen', 'Silva', "O'Brien", 'van Rossum', 'Kowalski'];

const TOPICS = ['Rust', 'Python', 'async I/O', 'type hints', 'Django', 'WebAssembly', 'PostgreSQL', 'Kubernetes', 'pandas', 'the GIL', 'CPython internals', 'property-based testing', 'accessibility', 'observability', 'packaging', 'htmx', 'data pipelines', 'LLMs', 'SQLite', 'GraphQL'];
const TITLE_SHAPES: ReadonlyArray<(topic: string, other: string) => string> = [
  (t) => `${t} is easy`,
  (t, o) => `From ${t} to ${o}: a migration story`,
  (t) => `What I wish I knew about ${t}`,
  (t) => `Debugging ${t} in production`,
  (t, o) => `${t} meets ${o}`,
  (t) => `The hidden costs of ${t}`,
  (t) => `Scaling ${t} to a million users`,
  (t) => `[EN] "${t}": is easy`,
  (t) => `Why [${t}] needs \\ escaping (and *stars*)`,
  (t) => `${t} — lessons learned 🚀`,
  (t) => `Zero to ${t} in 30 minutes`,
  (t, o) => `${t}, ${o} & friends`,
];

const TAGS = ['python', 'rust', 'web', 'data', 'devops', 'testing', 'security', 'community', 'performance', 'ml', 'databases', 'frontend', 'career', 'tooling', 'keynote-worthy'];
const CATEGORIES = ['conferences', 'travel', 'talks', 'python', 'trip-report'];
const KIND_WEIGHTS: ReadonlyArray<readonly [TalkKind, number]> = [
  ['talk', 70],
  ['lightning', 8],
  ['workshop', 6],
  ['panel', 4],
  ['open-space', 3],
  ['other', 3],
];
const RATING_WEIGHTS: ReadonlyArray<readonly [Rating | null, number]> = [
  [null, 45],
  ['good', 22],
  ['liked', 21],
  ['awesome', 12],
];

const SENTENCES = [
  'Great overview of the trade-offs, with numbers from a real deployment.',
  'The speaker showed how a small change in the data model removed most of the locking.',
  'Slides were dense but the live demo made it click.',
  'I want to try this at work on Monday.',
  'Good reminder that measuring beats guessing, every time.',
  'The Q&A went deep into edge cases around time zones.',
  'Lots of practical tips; see the repo for the examples.',
  'A bit too fast in the middle, but the conclusion was worth it.',
  'Nice use of property-based tests to find bugs in the parser.',
  'Hallway track afterwards was even better than the talk.',
];

const LINK_HOSTS = ['https://github.com/', 'https://speakerdeck.com/', 'https://slides.com/', 'https://example.org/papers/'];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

function speakerName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function slugWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'talk';
}

function paragraph(rng: Rng, sentences: number): string {
  return Array.from({ length: sentences }, () => rng.pick(SENTENCES)).join(' ');
}

/** Markdown notes: empty, one line, a paragraph, a list with links, or a long write-up. */
function notes(rng: Rng, title: string, links: readonly Link[]): string {
  const shape = rng.weighted<'empty' | 'line' | 'paragraph' | 'list' | 'long'>([
    ['empty', 30],
    ['line', 25],
    ['paragraph', 20],
    ['list', 17],
    ['long', 8],
  ]);
  switch (shape) {
    case 'empty':
      return '';
    case 'line':
      return rng.pick(SENTENCES);
    case 'paragraph':
      return paragraph(rng, rng.int(2, 5));
    case 'list': {
      const items = Array.from({ length: rng.int(2, 6) }, () => `- ${rng.pick(SENTENCES)}`);
      if (links[0] !== undefined) items.push(`- Slides: [${links[0].label}](${links[0].url})`);
      if (rng.chance(0.3)) items.push('  1. nested point with `inline code`');
      return items.join('\n');
    }
    case 'long': {
      const blocks = [`## Takeaways from “${title}”`, paragraph(rng, rng.int(3, 6))];
      blocks.push(Array.from({ length: rng.int(3, 8) }, (_, i) => `${i + 1}. ${rng.pick(SENTENCES)}`).join('\n'));
      blocks.push(`> ${rng.pick(SENTENCES)}`);
      if (rng.chance(0.5)) blocks.push('```python\nasync def main() -> None:\n    await asyncio.sleep(0)\n```');
      blocks.push(paragraph(rng, rng.int(4, 10)));
      blocks.push(`More: <https://example.org/notes/${slugWord(title)}> and [the docs](https://docs.python.org/3/library/asyncio.html).`);
      return blocks.join('\n\n');
    }
  }
}

function talkLinks(rng: Rng, title: string): Link[] {
  const count = rng.weighted<number>([
    [0, 45],
    [1, 35],
    [2, 20],
  ]);
  const links: Link[] = [];
  for (let i = 0; i < count; i++) {
    const host = rng.pick(LINK_HOSTS);
    const label = i === 0 ? 'slides' : rng.pick(['repo', 'paper', 'demo (live)']);
    const url = rng.chance(0.1) ? `${host}${slugWord(title)}/file (v2).pdf` : `${host}${slugWord(title)}-${rng.int(1, 999)}`;
    links.push({ label, url });
  }
  return links;
}

interface TripPlan {
  trip: Trip;
  conference: string;
  /** Clips this trip gets. */
  size: number;
}

function buildTrip(rng: Rng, index: number, size: number): TripPlan {
  const conference = rng.pick(CONFERENCES);
  const year = 2019 + ((index + rng.int(0, 6)) % 7);
  const startDate = `${year}-${pad(rng.int(3, 11))}-${pad(rng.int(1, 26))}`;
  const createdAt = `${addDays(startDate, -rng.int(1, 20))}T${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.000Z`;
  const trip: Trip = {
    id: rng.uuid(),
    name: `${conference.name} ${year}`,
    place: conference.place,
    startDate,
    endDate: addDays(startDate, DAYS_PER_TRIP - 1),
    tags: rng.some(TAGS, rng.int(1, 4)),
    categories: rng.some(CATEGORIES, rng.int(1, 2)),
    intro: rng.chance(0.8) ? `I spent three days at **${conference.name} ${year}** in ${conference.place}.\n\n${paragraph(rng, rng.int(1, 4))}` : '',
    outro: rng.chance(0.7) ? `See you next year!\n\n- [${conference.name}](${conference.url})` : '',
    createdAt,
    updatedAt: `${addDays(startDate, DAYS_PER_TRIP + rng.int(0, 10))}T20:00:00.000Z`,
  };
  if (rng.chance(0.8)) trip.url = conference.url;
  return { trip, conference: conference.name, size };
}

function liveStatusOf(rng: Rng): LiveStatus {
  return rng.weighted<LiveStatus>([
    ['was_live', 75],
    ['live', 10],
    ['vod', 12],
    ['premiere', 3],
  ]);
}

function buildClips(rng: Rng, plan: TripPlan): Clip[] {
  const { trip } = plan;
  const startDate = trip.startDate ?? '2024-01-01';
  // Streams a day: 4 for a full trip; more when one trip holds more than 96 clips.
  const streamsPerDay = Math.max(STREAMS_PER_DAY, Math.ceil(plan.size / (TALKS_PER_STREAM * DAYS_PER_TRIP)));
  const clips: Clip[] = [];
  let stream: { videoId: string; title: string; liveStatus: LiveStatus; day: string; dayIndex: number } | undefined;
  for (let i = 0; i < plan.size; i++) {
    const streamIndex = Math.floor(i / TALKS_PER_STREAM);
    const talkIndex = i % TALKS_PER_STREAM;
    if (talkIndex === 0 || stream === undefined) {
      const dayIndex = Math.floor(streamIndex / streamsPerDay) % DAYS_PER_TRIP;
      const room = ROOMS[(streamIndex % streamsPerDay) % ROOMS.length] ?? 'Room';
      stream = {
        videoId: rng.videoId(),
        title: `${trip.name} — ${room}, Day ${dayIndex + 1}${streamsPerDay > ROOMS.length ? ` (${streamIndex % streamsPerDay})` : ''}`,
        liveStatus: liveStatusOf(rng),
        day: addDays(startDate, dayIndex),
        dayIndex,
      };
    }
    const topic = rng.pick(TOPICS);
    const title = rng.pick(TITLE_SHAPES)(topic, rng.pick(TOPICS));
    const speakers = Array.from({ length: rng.weighted<number>([[1, 75], [2, 18], [0, 4], [3, 3]]) }, () => speakerName(rng));
    const kind: TalkKind = talkIndex === 0 && streamIndex % streamsPerDay === 0 ? 'keynote' : rng.weighted(KIND_WEIGHTS);
    // Talks start every ~45 minutes after a 10-minute opening; the clip lands a little after the start.
    const talkStart = 600 + talkIndex * 2700 + rng.int(0, 300);
    const seconds = talkStart + rng.int(0, 240);
    const links = talkLinks(rng, title);
    const capturedMs = Date.parse(`${stream.day}T08:00:00Z`) + seconds * 1000 + rng.int(0, 59_999);
    const capturedAt = new Date(capturedMs).toISOString();
    const edited = rng.chance(0.6);
    const clip: Clip = {
      id: rng.uuid(),
      tripId: trip.id,
      videoId: stream.videoId,
      seconds,
      liveStatus: stream.liveStatus,
      streamTitle: stream.title,
      channel: plan.conference,
      title,
      speakers,
      kind,
      rating: rng.weighted(RATING_WEIGHTS),
      tags: rng.some(TAGS, rng.weighted<number>([[0, 35], [1, 35], [2, 20], [3, 10]])),
      notes: notes(rng, title, links),
      links,
      day: stream.day,
      capturedAt,
      updatedAt: edited ? new Date(capturedMs + rng.int(60_000, 7 * 24 * 3_600_000)).toISOString() : capturedAt,
    };
    if (rng.chance(0.7)) {
      const chapterTitle = speakers[0] !== undefined ? `${title} — ${speakers[0]}` : title;
      clip.chapter = { title: chapterTitle, seconds: talkStart };
    }
    if (stream.liveStatus === 'live') {
      const behind = rng.int(0, 120);
      clip.liveEdge = { edgeSeconds: seconds + behind, behindSeconds: behind };
    }
    clips.push(clip);
  }
  return clips;
}

/** Trips and their clips, `clips` in all, the same for the same options. */
export function generateDataset(options: DatasetOptions): Dataset {
  const total = Math.max(0, Math.floor(options.clips));
  const rng = new Rng(options.seed);
  const tripCount = options.trips !== undefined ? Math.max(1, Math.floor(options.trips)) : Math.max(1, Math.ceil(total / TALKS_PER_TRIP));
  const sizes: number[] = [];
  if (options.trips !== undefined) {
    for (let i = 0; i < tripCount; i++) sizes.push(Math.floor(total / tripCount) + (i < total % tripCount ? 1 : 0));
  } else {
    for (let i = 0; i < tripCount; i++) sizes.push(Math.min(TALKS_PER_TRIP, total - i * TALKS_PER_TRIP));
  }
  const trips: Trip[] = [];
  const clips: Clip[] = [];
  sizes.forEach((size, index) => {
    const plan = buildTrip(rng, index, Math.max(0, size));
    trips.push(plan.trip);
    for (const clip of buildClips(rng, plan)) clips.push(clip);
  });
  return { trips, clips };
}
