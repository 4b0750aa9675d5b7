import type { SeedGuest } from './population.js';

export interface SeedTarget {
  /** The API's base URL, e.g. http://127.0.0.1:3000. */
  url: string;
  apiKey: string;
  /** When given, a recalculation runs at the end, so tiers and reports are there to see. */
  adminToken?: string;
  log?: (line: string) => void;
}

export interface SeedCounts {
  guests: number;
  stays: number;
  feedback: number;
  complaints: number;
  recalculation: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one request, retrying throttling and server errors a few times; answers the status and body. */
async function send(url: string, init: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, init);
    if (response.ok) return { status: response.status, body: (await response.json().catch(() => ({}))) as never };
    if (response.status < 500 && response.status !== 429)
      throw new Error(`${init.method} ${url}: ${response.status} ${await response.text()}`);
    if (attempt >= 5) throw new Error(`${init.method} ${url}: still ${response.status} after 5 attempts`);
    await sleep(100 * attempt);
  }
}

/**
 * Writes a population through the API, the same write path partners use. Feedback and
 * complaints are sent only for guests this run created, so running it again adds no duplicates.
 */
export async function seedTenant(target: SeedTarget, population: readonly SeedGuest[]): Promise<SeedCounts> {
  const partner = { 'x-api-key': target.apiKey, 'content-type': 'application/json' };
  const counts: SeedCounts = { guests: 0, stays: 0, feedback: 0, complaints: 0, recalculation: null };
  let next = 0;
  const worker = async () => {
    while (next < population.length) {
      const guest = population[next++]!;
      const base = `${target.url}/v1/guests/${encodeURIComponent(guest.guestId)}`;
      const put = (url: string, body: unknown) =>
        send(url, { method: 'PUT', headers: partner, body: JSON.stringify(body) });
      const post = (url: string, body: unknown) =>
        send(url, { method: 'POST', headers: partner, body: JSON.stringify(body) });
      const created = (await put(base, guest.profile)).status === 201;
      counts.guests += 1;
      for (const { stayId, stay } of guest.stays) {
        await put(`${base}/stays/${encodeURIComponent(stayId)}`, stay);
        counts.stays += 1;
      }
      if (!created) continue;
      for (const feedback of guest.feedback) {
        await post(`${base}/feedback`, feedback);
        counts.feedback += 1;
      }
      for (const complaint of guest.complaints) {
        await post(`${base}/complaints`, complaint);
        counts.complaints += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  if (target.adminToken) counts.recalculation = await recalculate(target.url, target.adminToken, target.log);
  return counts;
}

/** Starts the population recalculation and waits for it: the Pareto and tier reports come from it. */
async function recalculate(url: string, adminToken: string, log?: (line: string) => void): Promise<string> {
  const admin = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  const { body } = await send(`${url}/v1/admin/recalculations`, { method: 'POST', headers: admin, body: '{}' });
  const jobId = String(body.jobId);
  log?.(`recalculation ${jobId} started`);
  for (let waited = 0; waited < 300_000; waited += 500) {
    const { body: job } = await send(`${url}/v1/admin/recalculations/${jobId}`, { method: 'GET', headers: admin });
    if (job.status === 'succeeded') return jobId;
    if (job.status === 'failed') throw new Error(`recalculation ${jobId} failed: ${JSON.stringify(job)}`);
    await sleep(500);
  }
  throw new Error(`recalculation ${jobId} still running after 5 minutes`);
}
