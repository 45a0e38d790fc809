import { expect, test } from 'vitest';
import { axeViolations } from './axe';
import { openApp, waitForMapIdle, type AppSession } from './browser';

let session: AppSession | undefined;

test('the editor opens offline: the map settles, nothing leaves the machine, no errors, no serious a11y faults', async () => {
  session = await openApp('/');
  await waitForMapIdle(session.page);

  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  expect(await axeViolations(session.page)).toEqual([]);
});
