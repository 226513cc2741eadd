// Shutdown pieces without a process: the in-flight tracker, and the signal
// handler's deadline and exit codes.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/bot/in-flight.js';
import { exitOnSignals } from '../../src/runtime/lifecycle.js';

const quiet = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('InFlight', () => {
  it('drains once every tracked handler has settled, rejected ones included', async () => {
    const f = new InFlight();
    let done = 0;
    f.track(sleep(30).then(() => done++));
    f.track(sleep(60).then(() => done++));
    f.track(Promise.reject(new Error('handler failed')));
    expect(f.size).toBe(3);
    f.close();
    expect(f.accepting).toBe(false);
    expect(await f.drain(2000)).toBe(0);
    expect(done).toBe(2);
    expect(f.size).toBe(0);
  });

  it('gives up after the grace period and says how many were left', async () => {
    const f = new InFlight();
    f.track(sleep(5000));
    f.track(sleep(10));
    const t0 = performance.now();
    expect(await f.drain(100)).toBe(1);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('drains at once when nothing is running', async () => {
    expect(await new InFlight().drain(1000)).toBe(0);
  });
});

describe('exitOnSignals', () => {
  const run = (stop: () => Promise<void>, deadlineMs = 1000) =>
    new Promise<{ code: number; ms: number }>((resolve) => {
      const t0 = performance.now();
      const onSignal = exitOnSignals({
        log: quiet,
        stop,
        deadlineMs,
        signals: [],
        exit: (code) => resolve({ code, ms: performance.now() - t0 }),
      });
      onSignal('SIGTERM');
    });

  it('exits 0 once stop() has finished', async () => {
    let stopped = false;
    const { code } = await run(async () => {
      await sleep(50);
      stopped = true;
    });
    expect(code).toBe(0);
    expect(stopped).toBe(true);
  });

  it('exits 1 when stop() fails', async () => {
    expect((await run(() => Promise.reject(new Error('close failed')))).code).toBe(1);
  });

  it('exits by the deadline when stop() hangs', async () => {
    const { code, ms } = await run(() => new Promise<void>(() => undefined), 150);
    expect(code).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(140);
    expect(ms).toBeLessThan(1500);
  });
});
