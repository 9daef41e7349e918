import type { Option } from '../../components/Field';

/** The browser's time zone: the sensible default for a new workspace. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The browser's language as a locale tag (en-US, de-DE). */
export function browserLocale(): string {
  try {
    return Intl.getCanonicalLocales(navigator.language)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** Every IANA zone the browser knows, plus UTC (which some browsers leave out of the list). */
export function timeZoneOptions(current: string): Option[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Week starts, Monday (ISO) first; values are 0 = Sunday … 6 = Saturday as in the API. */
export const weekStartOptions: Option[] = [1, 2, 3, 4, 5, 6, 0].map((day) => ({
  value: String(day),
  label: `${WEEKDAYS[day] ?? ''}${day === 1 ? ' (ISO)' : ''}`,
}));

export const monthOptions: Option[] = Array.from({ length: 12 }, (_, index) => ({
  value: String(index + 1),
  label: new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2026, index, 1),
  ),
}));

/** ISO 4217 currencies with their English names: "EUR — Euro". */
export function currencyOptions(current: string): Option[] {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const codes = new Set(Intl.supportedValuesOf('currency'));
  if (current) codes.add(current);
  return [...codes].sort().map((code) => ({ value: code, label: `${code} — ${names.of(code)}` }));
}
