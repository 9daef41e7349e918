import { z } from 'zod';

/** True when the runtime knows the IANA zone (e.g. `Europe/Berlin`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const calendarSettingsSchema = z.object({
  /** IANA time zone the workspace's days begin and end in. */
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/Berlin' })
    .default('UTC'),
  /** First day of the week: 0 = Sunday … 6 = Saturday. ISO weeks start on Monday (1). */
  weekStartsOn: z.number().int().min(0).max(6).default(1),
  /** Month (1–12) in which the fiscal year starts; quarters and years follow it. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
});

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;
export type CalendarSettingsInput = z.input<typeof calendarSettingsSchema>;
