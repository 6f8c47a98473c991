/**
 * The trip's conference schedule on the report page: Conference time zone, Import
 * schedule (a file), Schedule URL with Load (asks for that one origin), Match to
 * schedule, and the Schedule view.
 *
 * A schedule that cannot be read is refused with its sentence in the page's alert, and
 * nothing is stored; a good one replaces the trip's schedule and matches every clip.
 */
import { useId, useState } from 'preact/hooks';
import { browserTimeZone, ianaTimeZone } from '../../model/time-zone';
import { FileImportButton } from '../FileImportButton';
import type { Clip, StoredSchedule, Trip } from '../../model/types';
import { ScheduleImportError } from '../../schedule/import-error';
import { StorageWriteError } from '../../storage/errors';
import { fetchSchedule, readScheduleFile, requestOriginAccess, ScheduleSourceError, scheduleUrl } from '../../ui/schedule-sources';
import { userMessageOf } from '../../ui/use-autosave';
import { importedMessage, matchedMessage, timeZoneChoices, zoneChangedMessage } from './schedule-view';
import { ScheduleView } from './ScheduleView';
import './schedule.css';
import { BROWSER_TIME_ZONE_NOTE, NO_SCHEDULE_HINT, SCHEDULE_FILE_TYPES, SCHEDULE_URL_PLACEHOLDER, TIME_ZONE_HINT } from './report-messages';

/** The parts of the page's status (use-page-status) the schedule controls use. */
export interface ScheduleStatus {
  busy: boolean;
  say: (text: string) => void;
  setError: (text: string | null) => void;
}

export interface ScheduleSectionProps {
  trip: Trip;
  clips: readonly Clip[];
  stored: StoredSchedule | undefined;
  page: ScheduleStatus;
}

function sentenceOf(failure: unknown): string {
  if (failure instanceof ScheduleImportError || failure instanceof ScheduleSourceError) return failure.message;
  if (failure instanceof StorageWriteError) return failure.userMessage;
  return userMessageOf(failure);
}

export function ScheduleSection({ trip, clips, stored, page }: ScheduleSectionProps) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [url, setUrl] = useState(stored?.source.url ?? '');
  const [working, setWorking] = useState<'import' | 'load' | 'match' | 'zone' | null>(null);
  // A zone stored under an older name (Asia/Calcutta) is shown, and read, by its current one.
  const timeZone = ianaTimeZone(trip.timeZone ?? browserTimeZone());
  const busy = working !== null;

  /** Parses and stores a schedule's text; any failure says its sentence and stores nothing. */
  const importText = async (text: string, source: StoredSchedule['source'] & { fileName: string }) => {
    // The readers (ical.js, saxes and the four formats) load at the first import, not with the page.
    const { parseSchedule } = await import('../../schedule/parse');
    const schedule = parseSchedule({ text, fileName: source.fileName }, { timeZone });
    const { saveSchedule } = await import('../../storage/schedules');
    const summary = await saveSchedule(trip.id, schedule, source);
    page.say(importedMessage(schedule, summary));
  };

  const attempt = async (what: NonNullable<typeof working>, action: () => Promise<void>) => {
    setWorking(what);
    try {
      await action();
    } catch (failure) {
      page.say('');
      page.setError(sentenceOf(failure));
    } finally {
      setWorking(null);
    }
  };

  const importFile = (file: File) =>
    attempt('import', async () => {
      const { text, fileName } = await readScheduleFile(file);
      await importText(text, { fileName });
    });

  const load = () => {
    const target = scheduleUrl(url);
    if (target === undefined) {
      page.setError('The Schedule URL must be a web address starting with https:// (a pretalx, Sessionize or iCal schedule).');
      return;
    }
    // Asked synchronously inside the click: the browser only prompts for a user gesture.
    const access = requestOriginAccess(target);
    void attempt('load', async () => {
      if (!(await access)) {
        throw new ScheduleSourceError(`Talk Clipper may not read ${target.hostname}: access was not granted, so nothing was loaded.`);
      }
      const { text, fileName } = await fetchSchedule(target);
      await importText(text, { fileName, url: target.href });
    });
  };

  const match = () =>
    attempt('match', async () => {
      const { matchTripClips } = await import('../../storage/schedules');
      const summary = await matchTripClips(trip.id);
      page.say(summary === undefined ? 'This trip has no schedule yet: import one first.' : matchedMessage(summary));
    });

  const changeZone = (next: string) =>
    attempt('zone', async () => {
      const { setConferenceTimeZone } = await import('../../storage/schedules');
      page.say(zoneChangedMessage(next, await setConferenceTimeZone(trip.id, next)));
    });

  return (
    <section class="schedule-section" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>Schedule</h2>
      <p class="hint">
        {stored === undefined
          ? NO_SCHEDULE_HINT
          : `“${stored.schedule.title.trim() || 'Schedule'}”: ${stored.schedule.talks.length.toLocaleString('en-US')} talks in ${stored.schedule.rooms.length.toLocaleString('en-US')} rooms${
              stored.source.url !== undefined ? `, from ${stored.source.url}` : stored.source.fileName !== undefined ? `, from ${stored.source.fileName}` : ''
            }.`}
      </p>
      <div class="schedule-controls">
        <div class="field">
          <label for={id('zone')}>Conference time zone</label>
          <select
            id={id('zone')}
            value={timeZone}
            disabled={busy}
            aria-describedby={id('zone-hint')}
            onChange={(event) => void changeZone(event.currentTarget.value)}
          >
            {timeZoneChoices(timeZone).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <small id={id('zone-hint')} class="hint">
            {trip.timeZone === undefined ? BROWSER_TIME_ZONE_NOTE : ''}
            {TIME_ZONE_HINT}
          </small>
        </div>

        <div class="schedule-import">
          <FileImportButton
            inputLabel="Schedule file"
            accept={SCHEDULE_FILE_TYPES}
            disabled={busy}
            busy={working === 'import'}
            onFile={(file) => void importFile(file)}
          >
            Import schedule
          </FileImportButton>
        </div>

        <form
          class="schedule-url"
          onSubmit={(event) => {
            event.preventDefault();
            load();
          }}
        >
          <div class="field">
            <label for={id('url')}>Schedule URL</label>
            <input
              id={id('url')}
              type="url"
              value={url}
              placeholder={SCHEDULE_URL_PLACEHOLDER}
              autoComplete="off"
              onInput={(event) => setUrl(event.currentTarget.value)}
            />
          </div>
          <button type="submit" disabled={busy || url.trim() === ''} aria-busy={working === 'load'}>
            Load
          </button>
        </form>

        <button type="button" disabled={busy || stored === undefined || page.busy} aria-busy={working === 'match'} onClick={() => void match()}>
          Match to schedule
        </button>
      </div>

      {stored !== undefined && <ScheduleView schedule={stored.schedule} clips={clips} />}
    </section>
  );
}
