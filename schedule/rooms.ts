/**
 * roomForStreamTitle: which of the schedule's rooms a live stream shows, from the
 * stream's title. The most specific room named in it wins ("South Hall 2A", not
 * "South Hall" nor "South Hall 2B"); case, accents, punctuation and dashes do not
 * matter, and "Room 1" is not found in "Room 10". Pure.
 */

/** Lower case, no accents, words split at punctuation and at letter/digit changes ("2A" → "2 a"). */
export function roomWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\p{N})(?=\p{L})|(\p{L})(?=\p{N})/gu, '$1$2 ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}

export function roomForStreamTitle(rooms: string[], streamTitle: string): string | undefined {
  const title = roomWords(streamTitle.slice(0, 2000));
  let best: string | undefined;
  let bestWords = 0;
  let bestChars = 0;
  for (const room of rooms) {
    const words = roomWords(room);
    if (!containsWords(title, words)) continue;
    const chars = words.join('').length;
    if (words.length > bestWords || (words.length === bestWords && chars > bestChars)) {
      best = room;
      bestWords = words.length;
      bestChars = chars;
    }
  }
  return best;
}
