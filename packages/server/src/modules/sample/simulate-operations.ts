import { random } from './prng';
import {
  binomial,
  cents,
  growth,
  noise,
  weekly,
  within,
  yearly,
  type Day,
  type SampleEvents,
  type SeriesSink,
} from './shapes';
import type { CommerceDay } from './simulate-commerce';

/*
 * Support, the warehouse and the people of Northwind, one day at a time, driven by the day's
 * orders and subscribers. Support has one bad week (tickets up, answers slow, fewer fixed at
 * first contact); the warehouse runs hottest before the holidays; hiring keeps ahead of leavers.
 */

const HOUR = 3600;
const PEAK = 340;

export type OperationsSimulation = (
  day: Day,
  commerce: CommerceDay,
  sink: SeriesSink,
  record: boolean,
) => void;

export function operationsSimulation(seed: number, events: SampleEvents): OperationsSimulation {
  const rng = (name: string) => random(seed, name);
  const r = {
    tickets: rng('tickets'),
    response: rng('first_response_time'),
    csat: rng('csat'),
    capacity: rng('capacity'),
    inventory: rng('inventory'),
    hiring: rng('hiring'),
    leavers: rng('leavers'),
  };
  let headcount = 128;
  let nextHire = 3;

  return (day, commerce, sink, record) => {
    const { date } = day;
    const bad = within(date, events.badWeek);

    // Support: tickets follow orders and the subscriber base; the bad week doubles the pressure.
    const inflow = (commerce.orders * 0.22 + commerce.subscribers * 0.0025) * (bad ? 1.7 : 1);
    const opened = r.tickets.poisson(inflow * weekly(day, 'support'));
    const resolved = r.tickets.poisson(opened * 0.97);
    const firstContact = binomial(r.tickets, resolved, (bad ? 0.57 : 0.74) + 0.02 * day.years);
    const weekend = day.weekday === 0 || day.weekday === 6 ? 1.6 : 1;
    const meanResponse =
      2.4 * HOUR * weekend * (bad ? 2.7 : 1) * (1 - 0.05 * day.years) * noise(r.response, 0.12);
    const answers = binomial(r.csat, resolved, 0.38);
    const satisfied = binomial(r.csat, answers, bad ? 0.78 : 0.885);

    // Warehouse: capacity by shift pattern, used hardest before the holidays.
    const potential = Math.round(1400 * growth(day, 0.08) * weekly(day, 'warehouse'));
    const use = 0.845 + 0.06 * (yearly(day, 1, PEAK) - 1) + 0.015 * r.capacity.normal();
    const output = Math.round(potential * Math.min(use, 0.99));
    const stock = cents(
      150_000 * growth(day, 0.12) * yearly(day, 0.12, 305) * noise(r.inventory, 0.02),
    );

    // People: a hire every week or two, a leaver a bit more than once a month.
    let hires = 0;
    let daysToHire = 0;
    nextHire -= 1;
    if (nextHire <= 0 && day.weekday !== 0 && day.weekday !== 6) {
      hires = r.hiring.next() < 0.2 ? 2 : 1;
      for (let i = 0; i < hires; i += 1) {
        daysToHire += Math.round(38 * (1 - 0.04 * day.years) * noise(r.hiring, 0.25));
      }
      nextHire = 8 + Math.floor(r.hiring.next() * 5);
    }
    const leavers = r.leavers.poisson((headcount * 0.0105) / 30.4);
    headcount += hires - leavers;

    if (!record) return;
    sink.sum('tickets_opened', date, opened);
    sink.sum('tickets_resolved', date, resolved);
    sink.sum('tickets_resolved_first_contact', date, firstContact);
    sink.average('first_response_time', date, Math.round(meanResponse * opened), opened);
    sink.sum('csat_responses', date, answers);
    sink.sum('csat_satisfied', date, satisfied);
    sink.sum('potential_output', date, potential);
    sink.sum('actual_output', date, output);
    sink.average('inventory_value', date, stock, 1);
    sink.stock('headcount', date, headcount);
    sink.average('average_headcount', date, headcount, 1);
    sink.sum('leavers', date, leavers);
    sink.average('time_to_hire_days', date, daysToHire, hires);
  };
}
