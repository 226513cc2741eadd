// When an interaction's response has left the process. discord.js sends its
// requests with undici, which publishes each one on a diagnostics channel as
// it writes it; the callback URL names the interaction. A request waits for a
// connection first (a burst opens many), so this is later than the call that
// queued it and sooner than Discord's reply to it.
import diagnostics from 'node:diagnostics_channel';

/** undici's channel for a request whose headers are being written (undici's documented diagnostics API). */
export const SEND_HEADERS = 'undici:client:sendHeaders';
const CALLBACK = /\/interactions\/(\d+)\/[^/]+\/callback/;

/** The interaction a request answers, when it is an interaction callback (the first response). */
export function callbackInteraction(path: unknown): string | undefined {
  return typeof path === 'string' ? CALLBACK.exec(path)?.[1] : undefined;
}

/** Call `listener` with the interaction id of each first response as it is written; returns the unsubscribe. */
export function onFirstResponseSent(listener: (interactionId: string) => void): () => void {
  const onMessage = (message: unknown) => {
    const request = (message as { request?: { path?: unknown } } | null)?.request;
    const id = callbackInteraction(request?.path);
    if (id !== undefined) listener(id);
  };
  diagnostics.subscribe(SEND_HEADERS, onMessage);
  return () => diagnostics.unsubscribe(SEND_HEADERS, onMessage);
}
