import { storeLocationFromEnvironment } from '../config/environment.js';
import { openStore, type Store } from '../store/client.js';
import { dynamoGuestDataRepository } from '../store/guest-data-repository.js';
import { dynamoGuestRepository } from '../store/guest-repository.js';
import { dynamoStayRepository } from '../store/stay-repository.js';
import type { GuestServiceDeps } from './guests.js';
import type { StayServiceDeps } from './stays.js';

let store: Store | undefined;

/** The table named by the environment, opened once per process (once per Lambda container). */
export function environmentStore(): Store {
  store ??= openStore(storeLocationFromEnvironment());
  return store;
}

export function guestServiceDeps(): GuestServiceDeps {
  const current = environmentStore();
  return {
    guests: dynamoGuestRepository(current),
    guestData: dynamoGuestDataRepository(current),
    now: () => new Date(),
  };
}

export function stayServiceDeps(): StayServiceDeps {
  return { stays: dynamoStayRepository(environmentStore()), now: () => new Date() };
}
