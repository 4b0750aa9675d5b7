import { generatePopulation } from '../seed/population.js';
import { importColumns } from './row.js';

/**
 * A PMS export of a synthetic population, one row per stay, for trying and measuring the
 * import: `guests` guests with their stays (about five each) from the seed generator.
 */
export function* sampleExportLines(guests: number, seed: number, asOf: Date): Generator<string> {
  yield importColumns.join(',');
  for (const guest of generatePopulation({ guests, seed, asOf })) {
    const [firstName = '', ...rest] = guest.profile.name.split(' ');
    for (const { stayId, stay } of guest.stays) {
      yield [
        guest.guestId,
        guest.profile.email ?? '',
        firstName,
        rest.join(' '),
        guest.profile.birthday ?? '',
        stayId,
        stay.propertyId,
        stay.checkIn,
        stay.checkOut,
        stay.status,
        stay.revenue.room,
        stay.revenue.fnb,
        stay.revenue.other,
        stay.cost,
        stay.currency,
        stay.channel ?? '',
      ].join(',');
    }
  }
}
