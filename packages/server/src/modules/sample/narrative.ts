import {
  addCivilDays,
  type Calendar,
  type CheckInStatusCall,
  type CivilDate,
  type Grain,
} from '@vitals/core';
import type { PersonKey } from './company';
import type { SampleEvents } from './shapes';

/*
 * What the people of Northwind wrote about their numbers: blame-free check-ins (what happened,
 * what we learned, what we do next) and annotations that explain the dips in the data.
 */

export interface CheckInPlan {
  /** The KPI, by its template key. */
  kpi: string;
  /** A day inside the period reviewed (at the KPI's review cadence). */
  day: CivilDate;
  statusCall: CheckInStatusCall;
  commentary: string;
  nextActions: string;
}

export interface AnnotationPlan {
  /** On a metric (shown on every KPI over it) or on one KPI, by key. */
  metric?: string;
  kpi?: string;
  from: CivilDate;
  to: CivilDate | null;
  text: string;
  by: PersonKey;
}

export function checkInPlans(events: SampleEvents, lastDay: CivilDate, calendar: Calendar) {
  const [badFrom, badTo] = events.badWeek;
  const lastMonth = calendar.previous(calendar.periodOf(lastDay, 'month')).start;
  const lastWeek = addCivilDays(lastDay, -7);
  const plans: CheckInPlan[] = [
    {
      kpi: 'first_response_time',
      day: badTo,
      statusCall: 'off_track',
      commentary:
        `From ${badFrom} to ${badTo} first answers took more than twice as long as usual. ` +
        'The new delivery-slot picker confused customers and tickets rose by about 70 %. ' +
        'We worked the queue oldest first, so quick questions waited behind long ones, and the ' +
        'weekend rota was planned for a normal week.',
      nextActions:
        'Add a saved reply for delivery-slot questions (Priya, done). Alert when the oldest open ' +
        'ticket passes 4 hours. Agree a release-day rota with Product before the next release.',
    },
    {
      kpi: 'first_contact_resolution',
      day: badTo,
      statusCall: 'at_risk',
      commentary:
        'Fewer tickets were solved in the first reply during the busy week: agents escalated ' +
        'delivery questions they could have answered, because the fix was not written down yet.',
      nextActions:
        'Publish the delivery-slot article in the help centre and link it from the saved reply.',
    },
    {
      kpi: 'ticket_volume',
      day: badTo,
      statusCall: 'off_track',
      commentary:
        'The extra tickets share one cause (the delivery-slot change), not more customers. ' +
        'Volume was back to normal within a week of the help article.',
      nextActions: 'Product to show new checkout screens to Support a week before they ship.',
    },
    {
      kpi: 'customer_churn_rate',
      day: lastDay,
      statusCall: 'off_track',
      commentary:
        `Cancellations went up after the subscription price change on ${events.priceChange}. ` +
        'Exit answers name the price more than the product, mostly from customers on the ' +
        'smallest box. MRR held up, so the change pays for itself so far, but we lose reach.',
      nextActions:
        'Offer a smaller, cheaper box to customers who start cancelling (test with 10 %). ' +
        'Review again at month end with the test result.',
    },
    {
      kpi: 'revenue',
      day: lastMonth,
      statusCall: 'on_track',
      commentary:
        'Ahead of plan: the holiday ramp started earlier than last year and Europe carried ' +
        'most of the growth. US order values are slightly down after the free-shipping threshold ' +
        'change.',
      nextActions: 'Keep the gift-box range stocked through December (Operations knows).',
    },
    {
      kpi: 'conversion_rate',
      day: lastWeek,
      statusCall: 'at_risk',
      commentary:
        'Slightly below target. Paid traffic from the new social campaign converts at half the ' +
        'rate of search traffic; without it we would be on track.',
      nextActions: 'Move a third of the social budget to search for two weeks and compare.',
    },
    {
      kpi: 'sales_pipeline_value',
      day: lastWeek,
      statusCall: 'at_risk',
      commentary:
        'Two large hotel-chain deals closed, which emptied the pipeline faster than new ' +
        'opportunities came in. Coverage is at about 3× next month’s target, at the low end.',
      nextActions: 'Run the restaurant-wholesale webinar this month; follow up every sign-up.',
    },
    {
      kpi: 'headcount',
      day: lastMonth,
      statusCall: 'on_track',
      commentary: 'Hiring is on plan; two warehouse roles for the peak season were filled early.',
      nextActions: 'Start the search for the second data analyst in January.',
    },
  ];
  return plans;
}

export function annotationPlans(events: SampleEvents): AnnotationPlan[] {
  const [gapFrom, gapTo] = events.missing.slice(-2) as [CivilDate, CivilDate];
  return [
    {
      metric: 'first_response_time',
      from: events.badWeek[0],
      to: events.badWeek[1],
      text: 'Delivery-slot picker released: customer questions about it doubled the ticket inflow.',
      by: 'priya',
    },
    {
      metric: 'sessions',
      from: events.outage[0],
      to: events.outage[1],
      text: 'CDN outage: the shop was mostly unreachable for two days.',
      by: 'james',
    },
    {
      metric: 'leads',
      from: events.campaign[0],
      to: events.campaign[1],
      text: '“Autumn pantry” campaign: paid search and two webinars for restaurants.',
      by: 'james',
    },
    {
      kpi: 'customer_churn_rate',
      from: events.priceChange,
      to: null,
      text: 'Subscription price up 8 % for new and renewing customers.',
      by: 'maria',
    },
    {
      metric: 'revenue',
      from: gapFrom,
      to: gapTo,
      text: 'No data for these days: the nightly import failed and was not back-filled.',
      by: 'lukas',
    },
  ];
}

/** The period of `grain` a check-in reviews. */
export const reviewedKey = (calendar: Calendar, day: CivilDate, grain: Grain): string =>
  calendar.periodOf(day, grain).key;
