/**
 * What a schedule entry is: a break (never proposed as a talk) or a kind of talk
 * (keynote, lightning, workshop, panel…), decided from its type, track and title. Pure.
 */
import type { TalkKind } from '../model/types';
import type { ScheduleTalk } from './model';

/** Words that make an entry a break when its type or title is made of nothing else. */
const BREAK_CORE = new Set([
  'break', 'breaks', 'pause', 'coffee', 'tea', 'lunch', 'breakfast', 'brunch', 'dinner', 'snack', 'snacks',
  'refreshments', 'changeover', 'recess', 'intermission', 'mittagspause', 'kaffeepause',
]);
/** Words that may stand beside those: "Morning tea", "Ice Cream & Snacks Break", "Room changeover". */
const BREAK_EXTRA = new Set([
  'morning', 'afternoon', 'evening', 'short', 'long', 'ice', 'cream', 'and', 'room', 'networking', 'catered', 'uncatered',
  'free', 'time', 'hallway', 'track', 'lunchtime', 'food', 'drinks', 'cake', 'day', 'of', 'the', 'a', 'with', 'sponsors', 'sponsor',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** "Lunch", "Coffee break ☕", "Main Conference: morning tea", but not "Give open source a (tax) break". */
function namesABreak(text: string | undefined): boolean {
  if (!text) return false;
  // "Main Conference: lunch" — a prefix before a colon names the programme, not the entry.
  const entry = text.includes(':') ? text.slice(text.lastIndexOf(':') + 1) : text;
  const list = words(entry);
  if (list.length === 0 || list.length > 6) return false;
  if (list.length === 2 && list[0] === 'free' && list[1] === 'time') return true;
  return list.some((word) => BREAK_CORE.has(word)) && list.every((word) => BREAK_CORE.has(word) || BREAK_EXTRA.has(word));
}

/** Breaks, lunch, coffee and changeovers: shown in a schedule, never matched to a clip. */
export function isBreak(talk: Pick<ScheduleTalk, 'title' | 'type'>): boolean {
  return namesABreak(talk.type) || namesABreak(talk.title);
}

const KIND_RULES: readonly [RegExp, TalkKind][] = [
  [/keynote/i, 'keynote'],
  [/lightning/i, 'lightning'],
  [/workshop|tutorial|hands[- ]?on/i, 'workshop'],
  [/\bpanel|podium/i, 'panel'],
  [/open[- ]?space|\bbofs?\b|birds of a feather|unconference/i, 'open-space'],
];

function kindIn(text: string | undefined): TalkKind | undefined {
  if (!text) return undefined;
  return KIND_RULES.find(([pattern]) => pattern.test(text))?.[1];
}

/** The title says its kind only as a label: "Keynote: …", "PANEL: …", "Web mining panel". */
function kindInTitle(title: string): TalkKind | undefined {
  const label = /^\s*([\p{L} ]{3,30}?)\s*[:–—-]\s/u.exec(title)?.[1] ?? /^\s*(keynote|lightning talks?|panel|workshop)\s*$/i.exec(title)?.[1];
  const tail = /\b(panel|workshop|keynote)\s*$/i.exec(title)?.[1];
  return kindIn(label) ?? kindIn(tail);
}

/** keynote, lightning, workshop, panel or open-space from the type, else the track, else a label in the title; otherwise 'talk'. */
export function talkKind(talk: Pick<ScheduleTalk, 'title' | 'type' | 'track'>): TalkKind {
  const fromType = kindIn(talk.type);
  if (fromType) return fromType;
  // A type that says "talk" settles it: a plain talk in a "Workshops" track is still a talk.
  if (talk.type && PLAIN_TALK.test(talk.type)) return 'talk';
  return kindIn(talk.track) ?? kindInTitle(talk.title) ?? 'talk';
}

const PLAIN_TALK = /\b(talk|lecture|session|presentation|vortrag)\b/i;
