// When a first response leaves the process (src/bot/responses-sent.ts): the
// real REST client of discord.js, sending an interaction callback to a local
// server, is seen with the interaction's id; other requests are not.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackInteraction, onFirstResponseSent } from '../../src/bot/responses-sent.js';

let server: http.Server;
let api: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.statusCode = req.url?.includes('/callback') ? 204 : 200;
      if (res.statusCode === 200) res.setHeader('content-type', 'application/json');
      res.end(res.statusCode === 200 ? '{}' : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('first responses sent', () => {
  it('reads the interaction from a callback path, and nothing from other paths', () => {
    expect(callbackInteraction('/api/v10/interactions/1500000000000000001/tok-en/callback?with_response=false')).toBe(
      '1500000000000000001',
    );
    expect(callbackInteraction('/api/v10/webhooks/1100000000000000001/tok-en/messages/@original')).toBeUndefined();
    expect(callbackInteraction(undefined)).toBeUndefined();
  });

  it("hears discord.js's REST client write an interaction callback, with the interaction's id", async () => {
    const seen: string[] = [];
    const stop = onFirstResponseSent((id) => seen.push(id));
    try {
      const rest = new REST({ api }).setToken('test-token');
      await rest.get(Routes.gatewayBot());
      await rest.post(Routes.interactionCallback('1500000000000000042', 'tok-en'), { body: { type: 5 }, auth: false });
      expect(seen).toEqual(['1500000000000000042']);
    } finally {
      stop();
    }
  });
});
