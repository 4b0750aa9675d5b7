import type { Candidate, Reason, RuleContext } from '../types.js';

/** Minutes from arrival to kerb: baggage at an airport, a platform walk at a station. */
const minutesToKerb = { air: 30, rail: 10 } as const;

/** `at` plus `minutes`, written in the same UTC offset as `at` (the driver reads local time). */
export function shiftKeepingOffset(at: string, minutes: number): string {
  const offset = /(Z|[+-]\d{2}:?\d{2})$/.exec(at)?.[1] ?? 'Z';
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMinutes = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
  const local = new Date(Date.parse(at) + (minutes + offsetMinutes) * 60_000).toISOString().slice(0, 19);
  return `${local}${offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`}`;
}

/**
 * A driver for a guest arriving by air or rail at a known time, when they prefer a pickup or
 * their tier earns one; the pickup time follows from the arrival time.
 */
export function driverRule(context: RuleContext): Candidate[] {
  const arrival = context.reservation.arrival;
  if (!arrival?.at || (arrival.mode !== 'air' && arrival.mode !== 'rail')) return [];
  const transport = context.guest?.profile.preferences?.transport;
  const reasons: Reason[] = [];
  if (transport?.airportPickup) {
    reasons.push(
      context.reason(
        arrival.mode === 'air' ? 'ARRIVES_BY_AIR_WITH_PICKUP_PREFERENCE' : 'ARRIVES_BY_RAIL_WITH_PICKUP_PREFERENCE',
      ),
    );
  }
  const tier = context.audience;
  if (context.profiling && tier !== 'new' && context.config.driverTiers.includes(tier)) {
    reasons.push(context.reason('KEY_CUSTOMER_TRANSFER'));
  }
  if (reasons.length === 0) return [];
  const pickupAt = shiftKeepingOffset(arrival.at, minutesToKerb[arrival.mode]);
  const place = [arrival.airport ?? arrival.station, arrival.flightNumber].filter(Boolean).join(' ') || arrival.mode;
  return [
    {
      type: 'driver',
      action: context.text('ACTION_DRIVER', { place, pickup: pickupAt }),
      details: {
        mode: arrival.mode,
        place,
        arrivalAt: arrival.at,
        pickupAt,
        ...(transport?.vehicle && { vehicle: transport.vehicle }),
      },
      priority: 80,
      cost: context.config.perkCosts.driver,
      obligation: false,
      reasons,
    },
  ];
}
