'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { formatNumber } from '@/lib/i18n/format';
import { useLng, useT } from '@/lib/i18n/client';

export interface RunProgress {
  id: number;
  status: string;
  slicesTotal: number;
  slicesDone: number;
  pagesFetched: number;
  created: number;
  updated: number;
  unchanged: number;
  expired: number;
  failed: number;
  truncatedSlices: number;
  error: string | null;
}

const POLL_MS = 1000;

/**
 * Starts a run (POST /api/ba-import/runs) and follows it: the run row is read every second
 * (GET /api/ba-import/runs/:id) until it is done or failed, then the page reloads its log.
 */
export function RunPanel({ configured, initialRun }: { configured: boolean; initialRun: RunProgress | null }) {
  const t = useT('admin');
  const lng = useLng();
  const errorText = useErrorText();
  const router = useRouter();
  const [run, setRun] = useState<RunProgress | null>(initialRun);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const running = run !== null && (run.status === 'queued' || run.status === 'running');

  useEffect(() => {
    if (!run || !running) return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/ba-import/runs/${run.id}`, { cache: 'no-store' }).catch(() => null);
      if (!response?.ok) return setError(errorText('serverError') ?? null);
      const next = (await response.json()) as RunProgress;
      setRun(next);
      if (next.status === 'done' || next.status === 'failed') router.refresh();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [run, running, router, errorText]);

  async function start() {
    setError(null);
    setStarting(true);
    try {
      const response = await fetch('/api/ba-import/runs', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; runId?: number; code?: string };
      if (!response.ok || !body.runId) return setError(errorText(body.code ?? 'serverError') ?? null);
      setRun({
        id: body.runId,
        status: 'queued',
        slicesTotal: 0,
        slicesDone: 0,
        pagesFetched: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        expired: 0,
        failed: 0,
        truncatedSlices: 0,
        error: null,
      });
    } finally {
      setStarting(false);
    }
  }

  const n = (value: number) => formatNumber(lng, value);
  return (
    <div className="stack">
      <p>{t('baImport.run.explain')}</p>
      <div>
        <Button onClick={start} disabled={!configured || running || starting} data-testid="ba-start">
          {t('baImport.run.start')}
        </Button>
      </div>
      {error ? (
        <Alert type="error" testId="ba-run-error">
          {error}
        </Alert>
      ) : null}
      {run ? (
        <div role="status" aria-live="polite" data-testid="ba-progress">
          <p>
            <strong>{t(`baImport.status.${run.status}`)}</strong>{' '}
            {t('baImport.run.progress', { done: n(run.slicesDone), total: n(run.slicesTotal), pages: n(run.pagesFetched) })}
          </p>
          {run.slicesTotal > 0 ? <progress max={run.slicesTotal} value={run.slicesDone} aria-label={t('baImport.run.progressLabel')} /> : null}
          <p data-testid="ba-progress-counts">
            {t('baImport.run.counts', {
              created: n(run.created),
              updated: n(run.updated),
              unchanged: n(run.unchanged),
              expired: n(run.expired),
              failed: n(run.failed),
            })}
          </p>
          {run.truncatedSlices > 0 ? <p>{t('baImport.run.truncated', { count: run.truncatedSlices })}</p> : null}
          {run.error ? <p className="ba-run-error-text">{run.error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
