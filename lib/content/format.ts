/** Format a `YYYY-MM-DD` day as "3 March 2025", identically on server and client (UTC, en-GB). */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
