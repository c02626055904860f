/**
 * The phone bench's reconnect (`phone.ts`): the device offline while another person writes,
 * then from the network's return to every note of theirs shown.
 */
import type { Browser, Page } from 'playwright-core';
import { type BenchBoard, benchBoard } from './phoneBoards.ts';
import { installPhoneProbe, probeOf, waitSeen, watch } from './phoneProbe.ts';
import { newDevice, openThrottled, type Profile, type ProfileName, setOnline } from './phoneProfiles.ts';

export type ReconnectSetup = {
  readonly browser: Browser;
  readonly serverUrl: string;
  /** Notes on the board before. */
  readonly boardNotes: number;
  readonly offlineMs: number;
  /** Notes the other person writes meanwhile. */
  readonly notes: number;
  keep(board: BenchBoard): void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The board is live: the connection says so. */
const live = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Yhteydessä' }).first().waitFor({ timeout: 120_000 });

export type Reconnect = { profile: ProfileName; offlineS: number; notes: number; syncedMs: number };

/**
 * The page goes offline for OFFLINE_MS while the other person writes OFFLINE_NOTES notes, spread
 * over the time; then the network returns: from network-on to every note shown.
 */
export async function reconnect(setup: ReconnectSetup, profile: Profile, delayMs: number): Promise<Reconnect> {
  const board = await benchBoard(setup.serverUrl, setup.boardNotes);
  setup.keep(board);
  const OFFLINE_MS = setup.offlineMs;
  const OFFLINE_NOTES = setup.notes;
  const device = await newDevice(setup.browser, profile);
  await device.addInitScript(installPhoneProbe);
  try {
    const { page, cdp } = await openThrottled(device, profile);
    await page.goto(board.link, { waitUntil: 'commit', timeout: 120_000 });
    await live(page);
    await sleep(delayMs);
    await setOnline(cdp, profile, false);
    await page.getByRole('status').filter({ hasText: 'Ei yhteyttä' }).first().waitFor();
    const texts = Array.from({ length: OFFLINE_NOTES }, (_, index) => `Sillä välin ${profile.name} ${index + 1}`);
    const gap = OFFLINE_MS / (OFFLINE_NOTES + 1);
    for (const text of texts) {
      await sleep(gap);
      board.write([text]);
    }
    await sleep(OFFLINE_MS - gap * OFFLINE_NOTES);
    await watch(page, texts);
    if ((await probeOf(page)).seenAt !== null) throw new Error('the notes arrived while offline');
    const started = Date.now();
    await setOnline(cdp, profile, true);
    await waitSeen(page, 60_000);
    const seenAt = (await probeOf(page)).seenAt ?? Number.NaN;
    return { profile: profile.name, offlineS: OFFLINE_MS / 1000, notes: OFFLINE_NOTES, syncedMs: seenAt - started };
  } finally {
    await device.close();
  }
}
