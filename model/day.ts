/**
 * How a clip's day (YYYY-MM-DD, the day the talk was given) is written for people: long in
 * the exported report's headings (`Friday, 17 May 2024`), short in the report page's list
 * and filters (`Fri 17 May 2024`). English, spelled out here rather than with
 * toLocaleDateString (whose punctuation varies by ICU build), and read as a calendar date
 * in UTC so that no time zone can shift it. Anything that is not a real date comes back as is.
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function formatDay(day: string, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return day;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const moment = new Date(Date.UTC(year, month - 1, date));
  if (moment.getUTCFullYear() !== year || moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== date) return day;
  const weekday = WEEKDAYS[moment.getUTCDay()] ?? '';
  const monthName = MONTHS[month - 1] ?? '';
  return style === 'long' ? `${weekday}, ${date} ${monthName} ${year}` : `${weekday.slice(0, 3)} ${date} ${monthName.slice(0, 3)} ${year}`;
}
