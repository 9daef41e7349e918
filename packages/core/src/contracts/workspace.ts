import { z } from 'zod';
import { calendarSettingsSchema } from '../calendar/settings';
import { requiredText, storedFields } from './common';

/** True for a code the runtime knows as an ISO 4217 currency (EUR, USD, JPY, …). */
function isKnownCurrency(code: string): boolean {
  return Intl.supportedValuesOf('currency').includes(code);
}

/** True for a well-formed BCP 47 locale tag (en-US, de-DE, fr). */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const currencySchema = z
  .string({ error: 'must be an ISO 4217 currency code such as EUR' })
  .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 currency code such as EUR' })
  .refine(isKnownCurrency, { error: 'is not a known ISO 4217 currency code' });

export const localeSchema = z
  .string({ error: 'must be a locale tag such as en-US' })
  .max(35, { error: 'must be at most 35 characters' })
  .refine(isLocale, { error: 'must be a locale tag such as en-US or de-DE' });

const calendar = calendarSettingsSchema.shape;

/** The fields without defaults: the base of updates, which must never reset a field left out. */
const workspaceFields = z.object({
  name: requiredText(120),
  timeZone: calendar.timeZone.unwrap(),
  weekStartsOn: calendar.weekStartsOn.unwrap(),
  fiscalYearStartMonth: calendar.fiscalYearStartMonth.unwrap(),
  currency: currencySchema,
  locale: localeSchema,
});

export const workspaceCreateSchema = z.object({
  ...workspaceFields.shape,
  timeZone: calendar.timeZone,
  weekStartsOn: calendar.weekStartsOn,
  fiscalYearStartMonth: calendar.fiscalYearStartMonth,
  currency: currencySchema.default('USD'),
  locale: localeSchema.default('en-US'),
});
export type WorkspaceCreate = z.infer<typeof workspaceCreateSchema>;
export type WorkspaceCreateInput = z.input<typeof workspaceCreateSchema>;

export const workspaceUpdateSchema = workspaceFields.partial();
export type WorkspaceUpdate = z.infer<typeof workspaceUpdateSchema>;

export const workspaceSchema = z.object({ ...storedFields, ...workspaceFields.shape });
export type Workspace = z.infer<typeof workspaceSchema>;
