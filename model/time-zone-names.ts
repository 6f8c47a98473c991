/**
 * Time-zone names as IANA writes them today. Chromium (V8 with ICU's CLDR data) lists and
 * resolves some zones under names IANA has since replaced: `Asia/Calcutta` for
 * `Asia/Kolkata`, `Europe/Kiev` for `Europe/Kyiv`. Both names work in every engine (the
 * old one is an IANA link), so a stored old name stays readable; we show and store the
 * current one. Firefox already lists the current names. Pure.
 */

/** CLDR's (and so V8's) name -> IANA's current name, for the zones where they differ. */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * IANA's current name for a zone (`Asia/Calcutta` -> `Asia/Kolkata`); any other name as
 * given. `knows` says whether the platform accepts a name: a current name it does not
 * know is not offered.
 */
export function canonicalTimeZone(name: string, knows: (name: string) => boolean = () => true): string {
  const current = Object.hasOwn(CURRENT_NAMES, name) ? CURRENT_NAMES[name] : undefined;
  return current !== undefined && knows(current) ? current : name;
}

/** The names of `zones` in their current form, each once, plus `UTC` and `current`, sorted. */
export function timeZoneNameChoices(zones: readonly string[], current: string, knows?: (name: string) => boolean): string[] {
  const names = new Set([...zones, 'UTC', current].map((name) => canonicalTimeZone(name, knows)));
  return [...names].sort((a, b) => a.localeCompare(b));
}
