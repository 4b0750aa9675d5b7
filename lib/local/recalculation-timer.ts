import type { ApiKeyRepository } from '../store/api-key-repository.js';

type RecalculateTenant = (tenant: string) => Promise<void>;

/**
 * The local stand-in for the EventBridge schedule: every `minutes`, one recalculation per
 * registered tenant (a tenant whose last run still holds the lease is simply skipped).
 */
export function startRecalculationTimer(
  minutes: number,
  registry: ApiKeyRepository,
  recalculate: RecalculateTenant,
  log?: (line: string) => void,
): { stop(): void } {
  if (minutes <= 0) return { stop: () => undefined };
  const tick = async () => {
    for (const tenant of await registry.tenants()) {
      await recalculate(tenant).catch((error: unknown) =>
        log?.(
          `scheduled recalculation of ${tenant} not run: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
  };
  const timer = setInterval(() => void tick(), minutes * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
