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

/*
 * Northwind's shop and subscription business, one day at a time: web sessions by source turn
 * into visitors, orders and revenue by region; subscribers come and go; marketing buys leads;
 * sales works a pipeline. Later numbers are drawn from earlier ones, so the KPIs over them
 * (conversion, AOV, margin, CAC, churn) come out plausible and consistent with each other.
 */

const SOURCES = { organic: 0.44, paid: 0.24, social: 0.12, email: 0.11, referral: 0.09 };
const REGIONS = { EU: 0.52, US: 0.33, APAC: 0.15 };
/** The retail year peaks in early December. */
const PEAK = 340;

export interface CommerceDay {
  /** Orders of the day, which drive support tickets and warehouse work. */
  orders: number;
  /** Subscribers at the end of the day. */
  subscribers: number;
  /** Revenue and cost of goods sold, for the warehouse's stock. */
  cogs: number;
}

/** Draws every commerce metric of one day into `sink`; returns what other areas depend on. */
export type CommerceSimulation = (day: Day, sink: SeriesSink, record: boolean) => CommerceDay;

export function commerceSimulation(seed: number, events: SampleEvents): CommerceSimulation {
  const rng = (name: string) => random(seed, name);
  const r = {
    sessions: Object.fromEntries(Object.keys(SOURCES).map((s) => [s, rng(`sessions:${s}`)])),
    revenue: Object.fromEntries(Object.keys(REGIONS).map((s) => [s, rng(`revenue:${s}`)])),
    visitors: rng('visitors'),
    conversions: rng('conversions'),
    orders: rng('orders'),
    aov: rng('aov'),
    cogs: rng('cogs'),
    opex: rng('operating_expenses'),
    customers: rng('customers'),
    leads: rng('leads'),
    spend: rng('spend'),
    pipeline: rng('pipeline'),
    nps: rng('nps'),
  };
  let subscribers = 3800;
  let pipelineWalk = 0;

  return (day, sink, record) => {
    const { date } = day;
    const outage = within(date, events.outage) ? 0.35 : 1;
    const campaign = within(date, events.campaign) ? 1 : 0;

    // Web: sessions by source, then visitors, conversions and orders.
    const traffic = 5200 * growth(day, 0.22) * yearly(day, 0.12, PEAK) * weekly(day, 'shop');
    let sessions = 0;
    for (const [source, share] of Object.entries(SOURCES)) {
      const newsletter = source === 'email' && day.weekday === 2 ? 1.6 : 1;
      const boost = source === 'paid' && campaign ? 1.4 : 1;
      const rs = r.sessions[source] as ReturnType<typeof random>;
      const n = Math.round(traffic * share * newsletter * boost * outage * noise(rs, 0.08));
      sessions += n;
      if (record) sink.sum('sessions', date, n, { source });
    }
    const visitors = Math.round(sessions * 0.74 * noise(r.visitors, 0.03));
    const rate =
      0.024 * (1 + 0.06 * day.years) * yearly(day, 0.06, PEAK) * noise(r.conversions, 0.07);
    const conversions = r.conversions.poisson(visitors * rate);
    const orders = conversions + r.orders.poisson(6 * weekly(day, 'office'));

    // Revenue by region from orders × order value; COGS and operating expenses beside it.
    const aov = 96 * growth(day, 0.04) * yearly(day, 0.06, PEAK + 5) * noise(r.aov, 0.05);
    let revenue = 0;
    for (const [region, share] of Object.entries(REGIONS)) {
      const rr = r.revenue[region] as ReturnType<typeof random>;
      const value = cents(orders * aov * share * noise(rr, 0.06));
      revenue += value;
      if (record) sink.sum('revenue', date, value, { region });
    }
    const discounting = day.dayOfYear > 325 ? 1.03 : 1;
    const cogs = cents(revenue * 0.415 * discounting * noise(r.cogs, 0.03));
    const opexDay = day.weekday === 0 || day.weekday === 6 ? 0.5 : 1.2;
    const opex = cents(3900 * growth(day, 0.1) * opexDay * noise(r.opex, 0.1));

    // Subscribers: a stock that new sign-ups raise and cancellations lower.
    const atStart = subscribers;
    const signUps = r.customers.poisson(
      4.6 * growth(day, 0.1) * yearly(day, 0.12, PEAK) * weekly(day, 'shop'),
    );
    const churnRisk = date >= events.priceChange ? 1.4 : 1;
    const lost = r.customers.poisson(atStart * 0.00072 * churnRisk);
    subscribers = atStart + signUps - lost;
    const price = date >= events.priceChange ? 1.08 : 1;
    const mrr = cents(subscribers * 44 * price * growth(day, 0.03));

    // Marketing and sales: leads, MQLs, conversions, spend and the open pipeline.
    const leads = r.leads.poisson(
      38 * growth(day, 0.15) * weekly(day, 'office') * (campaign ? 1.35 : 1),
    );
    const converted = binomial(r.leads, leads, 0.105 * (1 - 0.04 * day.years));
    const mqls = binomial(r.leads, leads, 0.46);
    const weekend = day.weekday === 0 || day.weekday === 6 ? 0.8 : 1;
    const marketing = cents(
      1250 * growth(day, 0.12) * weekend * (campaign ? 1.5 : 1) * noise(r.spend, 0.12),
    );
    const salesCost = 700 * growth(day, 0.08) * weekly(day, 'office') * noise(r.spend, 0.05);
    pipelineWalk = 0.97 * pipelineWalk + 0.02 * r.pipeline.normal();
    const pipeline = Math.round(620_000 * growth(day, 0.2) * Math.exp(pipelineWalk));

    // NPS survey answers: promoters (9–10), passives and detractors (0–6).
    const responses = r.nps.poisson(22 * growth(day, 0.1) * weekly(day, 'shop'));
    const promoters = binomial(r.nps, responses, 0.54);
    const detractors = binomial(r.nps, responses - promoters, 0.29);

    if (record) {
      sink.sum('visitors', date, visitors);
      sink.sum('conversions', date, conversions);
      sink.sum('orders', date, orders);
      sink.sum('cogs', date, cogs);
      sink.sum('operating_expenses', date, opex);
      sink.stock('customers_at_start', date, atStart);
      sink.sum('new_customers', date, signUps);
      sink.sum('customers_lost', date, lost);
      sink.stock('mrr', date, mrr);
      sink.sum('leads', date, leads);
      sink.sum('leads_converted', date, converted);
      sink.sum('mqls', date, mqls);
      sink.sum('marketing_spend', date, marketing);
      sink.sum('sales_marketing_spend', date, cents(marketing + salesCost));
      sink.stock('open_pipeline_value', date, pipeline);
      sink.sum('nps_responses', date, responses);
      sink.sum('nps_promoters', date, promoters);
      sink.sum('nps_detractors', date, detractors);
    }
    return { orders, subscribers, cogs };
  };
}
