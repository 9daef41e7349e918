import { GregorianCalendar } from './gregorian-calendar';
import type { Period } from './period';

/** The calendars and helpers the hand-worked calendar tests share. */
export const iso = new GregorianCalendar();
export const april = new GregorianCalendar({ fiscalYearStartMonth: 4 });
export const sunday = new GregorianCalendar({ weekStartsOn: 0 });
export const at = (text: string): Date => new Date(text);
export const keys = (periods: Period[]): string[] => periods.map((p) => p.key);
export const hours = (cal: GregorianCalendar, p: Period): number =>
  (cal.endInstant(p).getTime() - cal.startInstant(p).getTime()) / 3_600_000;
