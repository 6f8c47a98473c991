/** `2024-05-17` -> `Friday, 17 May 2024` (English, computed in UTC so no time zone can shift it). */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) return day;
  const moment = new Date(Date.UTC(year, month - 1, date));
  if (Number.isNaN(moment.getTime())) return day;
  return `${WEEKDAYS[moment.getUTCDay()]}, ${date} ${MONTHS[month - 1]} ${year}`;
}
