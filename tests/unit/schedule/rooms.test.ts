import { describe, expect, it } from 'vitest';
import { roomForStreamTitle } from '../../../schedule/rooms';
import { parseFixture } from './fixtures';

describe('roomForStreamTitle', () => {
  const rooms = ['South Hall', 'South Hall 2A', 'South Hall 2B', 'Room 1', 'Room 10', 'Düsternbrook', 'K.fosdem'];

  it('takes the most specific room named in the title', () => {
    expect(roomForStreamTitle(rooms, 'PyCon US 2024 — South Hall 2A — Friday')).toBe('South Hall 2A');
    expect(roomForStreamTitle(rooms, 'PyCon US 2024 - South Hall 2B (Saturday)')).toBe('South Hall 2B');
    expect(roomForStreamTitle(rooms, 'South Hall livestream, day 2')).toBe('South Hall');
  });

  it('ignores case, accents, punctuation and dashes, and keeps numbers whole', () => {
    expect(roomForStreamTitle(rooms, 'SOUTH-HALL-2a | Day 1')).toBe('South Hall 2A');
    expect(roomForStreamTitle(rooms, 'Kielux: Dusternbrook')).toBe('Düsternbrook');
    expect(roomForStreamTitle(rooms, 'FOSDEM 2021 k fosdem')).toBe('K.fosdem');
    expect(roomForStreamTitle(rooms, 'Day 1 – Room 10')).toBe('Room 10');
    expect(roomForStreamTitle(rooms, 'Day 1 – Room 1')).toBe('Room 1');
    expect(roomForStreamTitle(rooms, 'Day 1 – Room1')).toBe('Room 1');
  });

  it('undefined when no room is named', () => {
    expect(roomForStreamTitle(rooms, 'Conference opening, day 1')).toBeUndefined();
    expect(roomForStreamTitle(rooms, 'Room 100')).toBeUndefined();
    expect(roomForStreamTitle([], 'South Hall 2A')).toBeUndefined();
  });

  it('with the rooms of a real schedule', () => {
    const rc3 = parseFixture('pretalx-rc3-2020.schedule.json');
    expect(roomForStreamTitle(rc3.rooms, 'rC3 2020: r3s – Monheim / Rhein, Tag 2 (live)')).toBe('r3s - Monheim/Rhein');
    expect(roomForStreamTitle(rc3.rooms, 'Chaos-West TV Ennepetal')).toBe('Chaos-West TV - Ennepetal');
  });
});
