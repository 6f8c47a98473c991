import { describe, expect, it } from 'vitest';
import type { Trip } from '../../../model/types';
import {
  backupDownloadedMessage,
  importSummaryMessage,
  listCountMessage,
  movedMessage,
  partialCountMessage,
  sameTripForm,
  tripChanges,
  tripForm,
  tripFormProblems,
} from '../../../components/report/report-messages';

const trip: Trip = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'PyCon Italia 2024',
  place: 'Florence',
  startDate: '2024-05-22',
  tags: ['python'],
  categories: ['conferences'],
  intro: 'Hello',
  outro: '',
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
};

describe('messages', () => {
  it('summarizes an import', () => {
    expect(importSummaryMessage({ tripsAdded: 2, tripsUpdated: 1, clipsAdded: 100, clipsUpdated: 20, settingsAdded: 1, unchanged: 0 })).toBe(
      'Imported 3 trips and 120 clips (0 unchanged).',
    );
    expect(importSummaryMessage({ tripsAdded: 0, tripsUpdated: 0, clipsAdded: 0, clipsUpdated: 0, settingsAdded: 0, unchanged: 1234 })).toBe(
      'Imported 0 trips and 0 clips (1,234 unchanged).',
    );
    expect(importSummaryMessage({ tripsAdded: 1, tripsUpdated: 0, clipsAdded: 1, clipsUpdated: 0, settingsAdded: 0, unchanged: 0 })).toBe(
      'Imported 1 trip and 1 clip (0 unchanged).',
    );
  });

  it('names the backup file and the moved clips', () => {
    expect(backupDownloadedMessage('talk-clipper-backup-2024-05-24.json', 1, 2)).toBe('Backup downloaded as talk-clipper-backup-2024-05-24.json (1 trip, 2 clips).');
    expect(movedMessage(1, 'Vigo')).toBe('Moved 1 clip to “Vigo”.');
  });

  it('counts the list', () => {
    expect(listCountMessage(0, 0, 0, 0)).toBe('No clips in this trip yet.');
    expect(listCountMessage(0, 0, 0, 12)).toBe('No clips match (12 clips in this trip).');
    expect(listCountMessage(0, 12, 12, 12)).toBe('12 clips');
    expect(listCountMessage(0, 3, 3, 12)).toBe('3 matching (of 12 clips)');
    expect(listCountMessage(100, 100, 5000, 5000)).toBe('Showing 101–200 of 5,000 clips');
  });

  it('says the rest is being read while only the first rows are in', () => {
    expect(partialCountMessage(100, 50_000)).toBe('Showing 100 of 50,000 clips; reading the rest…');
    expect(partialCountMessage(0, 0)).toBe('Loading clips…');
  });
});

describe('trip form', () => {
  it('round-trips a trip without changes', () => {
    expect(tripChanges(tripForm(trip), trip)).toEqual({});
    expect(sameTripForm(tripForm(trip), tripForm({ ...trip, name: 'Renamed', updatedAt: '2025-01-01T00:00:00.000Z' }))).toBe(true);
  });

  it('saves only what changed, removing emptied optional fields', () => {
    const form = { ...tripForm(trip), place: '  ', endDate: '2024-05-25', tags: '#python, rust,', categories: 'conferences', intro: 'Hello\n' };
    expect(tripChanges(form, trip)).toEqual({ place: undefined, endDate: '2024-05-25', tags: ['python', 'rust'], intro: 'Hello\n' });
  });

  it('does not save an invalid URL, and says why', () => {
    const form = { ...tripForm(trip), url: 'javascript:alert(1)', outro: 'Bye' };
    expect(tripChanges(form, trip)).toEqual({ outro: 'Bye' });
    expect(tripFormProblems(form).url).toMatch(/http:\/\/ or https:\/\//);
    expect(tripChanges({ ...tripForm(trip), url: 'https://2024.pycon.it/' }, trip)).toEqual({ url: 'https://2024.pycon.it/' });
  });

  it('warns about an end before the start, but saves it', () => {
    const form = { ...tripForm(trip), endDate: '2024-05-20' };
    expect(tripFormProblems(form).dateOrder).toBeDefined();
    expect(tripChanges(form, trip)).toEqual({ endDate: '2024-05-20' });
    expect(tripFormProblems({ ...form, startDate: '24/05/2024' }).startDate).toBeDefined();
  });
});
