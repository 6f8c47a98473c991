import { describe, expect, it } from 'vitest';
import { talkLinks } from '../../../schedule/apply-match';
import { clipLinkLabel, clipLinksOf, OWN_LABEL_MAX } from '../../../schedule/link-label';
import { parseFixture, talkTitled } from './fixtures';

describe('the links a clip takes from its schedule', () => {
  it('FOSDEM 2021 (Pentabarf): paper, slides, the project pages and one recording, never the feedback form', () => {
    const talk = talkTitled(parseFixture('pentabarf-fosdem2021.schedule.xml'), 'Empowering the school of the future');
    expect(talkLinks(talk).map((link) => link.label)).toEqual(['paper', 'slides', 'paper', 'FUSS Project Homepage', 'Project git archive', 'recording']);
    expect(talkLinks(talk).find((link) => link.label === 'recording')?.url).toBe('https://video.fosdem.org/2021/M.community/fuss_remote_access.webm');
  });

  it('FOSDEM 2021: a talk with its recording in WebM and mp4 gets one recording link, and no talk is given a "slides" link to a video', () => {
    const schedule = parseFixture('pentabarf-fosdem2021.schedule.xml');
    const welcome = talkTitled(schedule, 'Welcome to FOSDEM 2021');
    expect(talkLinks(welcome)).toEqual([{ label: 'recording', url: 'https://video.fosdem.org/2021/K.fosdem/keynotes_welcome.webm' }]);
    const slidesToVideo = schedule.talks.flatMap((talk) => talkLinks(talk)).filter((link) => link.label === 'slides' && /\.(?:webm|mp4)$/.test(link.url));
    expect(slidesToVideo).toEqual([]);
  });

  it('CCCamp 2019 (frab JSON): "Slides" and a Presentation PDF are slides; websites keep their own names', () => {
    const schedule = parseFixture('frab-camp2019.schedule.json');
    expect(talkLinks(talkTitled(schedule, 'Hacking Containers and Kubernetes')).map((link) => link.label)).toContain('slides');
    expect(talkLinks(talkTitled(schedule, 'Fomu - an FPGA inside your USB port!')).map((link) => link.label)).toEqual(['talk page', 'Fomu Website', 'Fomu Github', 'Tomu Website']);
    const xr = talkLinks(schedule.talks.find((talk) => talk.title.startsWith('Aufstand oder Aussterben?')) ?? schedule.talks[0]!);
    expect(xr.map((link) => link.label)).toEqual([
      'talk page',
      'slides',
      'XR_CCCamp19_AufstandOderAussterben_Text',
      'rebellion.earth',
      'extinctionrebellion.de',
      'twitter.com/xrberlin',
    ]);
  });

  it('knows the kinds by label first, then by address', () => {
    expect(clipLinkLabel({ label: 'Folien (PDF)', url: 'https://e.test/x.pdf' })).toBe('slides');
    expect(clipLinkLabel({ label: 'Aufzeichnung', url: 'https://media.ccc.de/v/x' })).toBe('recording');
    expect(clipLinkLabel({ label: 'talk.mp4', url: 'https://e.test/talk.mp4' })).toBe('recording');
    expect(clipLinkLabel({ label: 'deck', url: 'https://e.test/deck.odp' })).toBe('slides');
    expect(clipLinkLabel({ label: 'Proceedings', url: 'https://e.test/papers/7.pdf' })).toBe('paper');
    expect(clipLinkLabel({ label: 'Handout', url: 'https://e.test/handout.pdf' })).toBe('Handout');
    // No label in the schedule: the kind by address, else the host.
    expect(clipLinkLabel({ label: '', url: 'https://e.test/attachments/slides/9/a.pdf' })).toBe('slides');
    expect(clipLinkLabel({ label: '', url: 'https://www.github.com/im-tomu' })).toBe('github.com');
  });

  it('shortens a long label of the schedule’s own, and keeps every slides link but one recording', () => {
    const long = clipLinkLabel({ label: 'A'.repeat(300), url: 'https://e.test/' });
    expect(long).toHaveLength(OWN_LABEL_MAX);
    expect(long.endsWith('…')).toBe(true);
    expect(
      clipLinksOf([
        { label: 'Slides part 1', url: 'https://e.test/1.pdf' },
        { label: 'Slides part 2', url: 'https://e.test/2.pdf' },
        { label: 'Video (WebM)', url: 'https://e.test/v.webm' },
        { label: 'Video (mp4)', url: 'https://e.test/v.mp4' },
      ]),
    ).toEqual([
      { label: 'slides', url: 'https://e.test/1.pdf' },
      { label: 'slides', url: 'https://e.test/2.pdf' },
      { label: 'recording', url: 'https://e.test/v.webm' },
    ]);
  });
});
