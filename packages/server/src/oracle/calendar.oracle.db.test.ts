import { GRAINS, GregorianCalendar } from '@vitals/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUrl, requirePostgres } from '../test-support/postgres';

/**
 * PostgreSQL's own date arithmetic is the oracle for the calendar (DESIGN.md rule 2): for tens of
 * thousands of seeded random instants per zone, the local day, the ISO week (and its key), month,
 * quarter and year — and the April fiscal quarter/year and the Sunday week — must be the ones
 * PostgreSQL computes with `AT TIME ZONE`, `date_trunc` and `to_char`.
 */

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'UTC',
] as const;

const UNIFORM_PER_ZONE = 16_000;
const NEAR_MIDNIGHT_PER_ZONE = 8_000;
const FROM = Date.UTC(1990, 0, 1);
const TO = Date.UTC(2041, 0, 1) - 1;
const SEED = 0x5eed_2026;

/** mulberry32: a tiny seeded PRNG, so every run checks the same instants. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Uniform instants over 1990–2040, plus instants within a second of a local midnight (chosen with
 * the calendar, judged by PostgreSQL), where a wrong offset or DST rule shows first.
 */
function instantsFor(zone: string, zoneIndex: number): number[] {
  const random = prng(SEED + zoneIndex);
  const cal = new GregorianCalendar({ timeZone: zone });
  const out: number[] = [];
  for (let i = 0; i < UNIFORM_PER_ZONE; i++) out.push(FROM + Math.floor(random() * (TO - FROM)));
  const days = Math.floor((TO - FROM) / 86_400_000);
  for (let i = 0; i < NEAR_MIDNIGHT_PER_ZONE; i++) {
    const date = new Date(FROM + Math.floor(random() * days) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const midnight = cal.startInstant(cal.periodOf(date, 'day')).getTime();
    out.push(midnight + [-1000, -1, 0, 1, 999][Math.floor(random() * 5)]!);
  }
  return out;
}

/** One instant's periods, named by what they are: a start date (`YYYY-MM-DD`) or a key. */
interface OracleRow {
  day: string;
  week: string;
  week_key: string;
  month: string;
  month_key: string;
  quarter: string;
  quarter_key: string;
  year: string;
  year_key: string;
  april_quarter: string;
  april_quarter_key: string;
  april_year: string;
  april_year_key: string;
  sunday_week: string;
}

const ORACLE_SQL = `
  SELECT to_char(l, 'YYYY-MM-DD') AS day,
         to_char(date_trunc('week', l), 'YYYY-MM-DD') AS week,
         to_char(l, 'IYYY-"W"IW') AS week_key,
         to_char(date_trunc('month', l), 'YYYY-MM-DD') AS month,
         to_char(l, 'YYYY-MM') AS month_key,
         to_char(date_trunc('quarter', l), 'YYYY-MM-DD') AS quarter,
         to_char(l, 'YYYY-"Q"Q') AS quarter_key,
         to_char(date_trunc('year', l), 'YYYY-MM-DD') AS year,
         to_char(l, 'YYYY') AS year_key,
         to_char(date_trunc('quarter', l - interval '3 months') + interval '3 months', 'YYYY-MM-DD')
           AS april_quarter,
         'FY' || to_char(l + interval '9 months', 'YYYY') || '-Q' || to_char(l - interval '3 months', 'Q')
           AS april_quarter_key,
         to_char(date_trunc('year', l - interval '3 months') + interval '3 months', 'YYYY-MM-DD')
           AS april_year,
         'FY' || to_char(l + interval '9 months', 'YYYY') AS april_year_key,
         to_char(date_trunc('week', l + interval '1 day') - interval '1 day', 'YYYY-MM-DD')
           AS sunday_week
    FROM unnest($1::timestamptz[]) WITH ORDINALITY AS u(ts, n)
    CROSS JOIN LATERAL (SELECT u.ts AT TIME ZONE $2::text AS l) AS local
   ORDER BY u.n`;

interface Mismatch {
  instant: string;
  zone: string;
  what: string;
  ours: string;
  postgres: string;
}

const available = await requirePostgres();

describe.skipIf(!available)('calendar against PostgreSQL date arithmetic', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
  });

  it('knows the zones it is checked in', async () => {
    const { rows } = await client.query<{ name: string }>(
      'SELECT name FROM pg_timezone_names WHERE name = ANY($1::text[])',
      [[...ZONES]],
    );
    expect(rows.map((r) => r.name).sort()).toEqual([...ZONES].sort());
  });

  it.each(ZONES.map((zone, index) => [zone, index] as const))(
    'agrees on every period in %s',
    async (zone, index) => {
      const instants = instantsFor(zone, index);
      expect(instants.length).toBeGreaterThanOrEqual(20_000);
      // PostgreSQL works while we work out our own answers.
      const oracle = client.query<OracleRow>(ORACLE_SQL, [
        instants.map((ms) => new Date(ms).toISOString()),
        zone,
      ]);

      const iso = new GregorianCalendar({ timeZone: zone });
      const april = new GregorianCalendar({ timeZone: zone, fiscalYearStartMonth: 4 });
      const sunday = new GregorianCalendar({ timeZone: zone, weekStartsOn: 0 });
      const ours = instants.map((ms) => {
        const date = iso.dateOf(ms);
        const [day, week, month, quarter, year] = GRAINS.map((grain) => iso.periodOf(date, grain));
        const aprilQuarter = april.periodOf(date, 'quarter');
        const aprilYear = april.periodOf(date, 'year');
        const row: OracleRow = {
          day: day!.key,
          week: week!.start,
          week_key: week!.key,
          month: month!.start,
          month_key: month!.key,
          quarter: quarter!.start,
          quarter_key: quarter!.key,
          year: year!.start,
          year_key: year!.key,
          april_quarter: aprilQuarter.start,
          april_quarter_key: aprilQuarter.key,
          april_year: aprilYear.start,
          april_year_key: aprilYear.key,
          sunday_week: sunday.periodOf(date, 'week').start,
        };
        return { date, row };
      });

      const { rows } = await oracle;
      expect(rows).toHaveLength(instants.length);
      const mismatches: Mismatch[] = [];
      instants.forEach((ms, i) => {
        const { date, row } = ours[i]!;
        const postgres = rows[i]!;
        const instant = new Date(ms).toISOString();
        if (date !== postgres.day) {
          mismatches.push({ instant, zone, what: 'date', ours: date, postgres: postgres.day });
        }
        for (const what of Object.keys(row) as (keyof OracleRow)[]) {
          if (row[what] !== postgres[what]) {
            mismatches.push({ instant, zone, what, ours: row[what], postgres: postgres[what] });
          }
        }
      });

      const shown = mismatches
        .slice(0, 20)
        .map(
          (m) => `${m.instant} in ${m.zone}: ${m.what} is ${m.ours}, PostgreSQL says ${m.postgres}`,
        );
      expect(
        shown,
        `${mismatches.length} mismatches with PostgreSQL in ${zone} (first 20 shown)`,
      ).toEqual([]);
    },
  );
});
