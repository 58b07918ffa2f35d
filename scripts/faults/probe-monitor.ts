/**
 * Watches what a user and a load balancer see while a fault lasts: the health route and a
 * page, every 250 ms, each answer's status and how long it took.
 */
export interface MonitorReport {
  statuses: Record<string, Record<number, number>>;
  slowestMs: number;
}

export function startMonitor(baseUrl: () => string, paths: string[]): { stop(): Promise<MonitorReport> } {
  const statuses: Record<string, Record<number, number>> = {};
  let slowestMs = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      await Promise.all(
        paths.map(async (p) => {
          const started = Date.now();
          let status = 0;
          try {
            const response = await fetch(`${baseUrl()}${p}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
            await response.arrayBuffer();
            status = response.status;
          } catch {
            status = 0; // no answer at all (server down, or the request hung until the timeout)
          }
          const took = Date.now() - started;
          if (took > 3000) console.error(`faults monitor: ${p} answered ${status} after ${took} ms`);
          slowestMs = Math.max(slowestMs, took);
          const byStatus = statuses[p] ?? {};
          statuses[p] = byStatus;
          byStatus[status] = (byStatus[status] ?? 0) + 1;
        }),
      );
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { statuses, slowestMs };
    },
  };
}
