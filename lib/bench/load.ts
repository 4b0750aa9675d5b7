/** One HTTP request of a load run. */
export interface LoadRequest {
  url: string;
  init: RequestInit;
}

/** Sends `total` requests with `concurrency` in flight; answers each latency in milliseconds. */
export async function runLoad(request: LoadRequest, total: number, concurrency: number): Promise<number[]> {
  const latencies: number[] = [];
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      sent += 1;
      const started = performance.now();
      const response = await fetch(request.url, request.init);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${request.url} answered ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

/** The `p`-th percentile (0–100) of samples, by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
