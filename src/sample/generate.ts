import type { Listing } from '../catalog/types';
import { generateListings } from './listings';
import { Random } from '../random';
import { buildContext, type SampleInput } from './sample-context';
import { SampleDataError } from './sample-error';
import { ViewSimulator } from './users';

export interface SampleOptions {
  seed: number;
  listings: number;
  users: number;
  targets: number;
  baseUrl: string;
}

interface ViewRow {
  userId: string;
  listingId: string;
}

export interface TargetRow {
  userId: string;
  listingId: string;
}

export interface Sample {
  listings: Listing[];
  views: ViewRow[];
  targets: TargetRow[];
}

export const DEFAULT_SAMPLE_OPTIONS: SampleOptions = Object.freeze({
  seed: 20261129,
  listings: 20000,
  users: 50000,
  targets: 2000,
  baseUrl: 'https://jobs.soudan.example',
});

function viewUserId(index: number): string {
  return `u${String(index + 1).padStart(6, '0')}`;
}

function targetUserId(index: number): string {
  return `t${String(index + 1).padStart(5, '0')}`;
}

/**
 * Synthetic listings, view logs and evaluation targets, a pure function of the catalogue and the options: the same
 * seed gives the same sample. Listings, viewers and targets draw from separate random streams, so changing the
 * number of users does not change the listings.
 */
export function generateSample(input: SampleInput, options: SampleOptions): Sample {
  checkOptions(options);
  const ctx = buildContext(input);
  const root = new Random(options.seed);
  const listingRandom = root.fork('listings');
  const viewRandom = root.fork('views');
  const targetRandom = root.fork('targets');

  const listings = generateListings(ctx, listingRandom, options.listings, options.baseUrl);
  const simulator = new ViewSimulator(ctx, listings);

  const views: ViewRow[] = [];
  for (let u = 0; u < options.users; u++) {
    const userId = viewUserId(u);
    const user = simulator.user(viewRandom);
    for (const li of simulator.views(viewRandom, user)) views.push({ userId, listingId: listings[li]!.id });
  }

  const targets: TargetRow[] = [];
  for (let u = 0; u < options.targets; u++) {
    const user = simulator.user(targetRandom);
    targets.push({
      userId: targetUserId(u),
      listingId: listings[simulator.open(targetRandom, user, false)]!.id,
    });
  }
  return { listings, views, targets };
}

function checkOptions(options: SampleOptions): void {
  const counts = { listings: options.listings, users: options.users, targets: options.targets };
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new SampleDataError(`sample option ${name} must be a whole number ≥ 0`, {
        context: { [name]: value },
      });
    }
  }
  if (!Number.isInteger(options.seed)) {
    throw new SampleDataError('sample option seed must be an integer', { context: { seed: options.seed } });
  }
  if (options.listings === 0 && options.users + options.targets > 0) {
    throw new SampleDataError('users and targets need at least one listing', { context: counts });
  }
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch (cause) {
    throw new SampleDataError('sample option baseUrl must be an absolute URL', {
      cause,
      context: { baseUrl: options.baseUrl },
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SampleDataError('sample option baseUrl must be http(s)', {
      context: { baseUrl: options.baseUrl },
    });
  }
}
