/**
 * The phone bench's scrolling (`phone.ts`): a board of many notes scrolled down and up, by touch
 * on the phone and by wheel on the laptop, with the frame intervals of each gesture.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { type BenchBoard, benchBoard } from './phoneBoards.ts';
import { installPhoneProbe, type PhoneProbe } from './phoneProbe.ts';
import { newDevice, openThrottled, type Profile, type ProfileName } from './phoneProfiles.ts';
import { intervals, max, median, percentile } from './phoneStats.ts';

export type ScrollSetup = {
  readonly browser: Browser;
  readonly serverUrl: string;
  readonly notes: number;
  readonly gestures: number;
  /** Pixels per gesture. */
  readonly px: number;
  /** Where the first gesture's screenshot goes. */
  readonly shots: string;
  /** Keeps the board for closing at the end of the run. */
  keep(board: BenchBoard): void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Scroll = {
  profile: ProfileName;
  gesture: number;
  px: number;
  frames: number;
  p50: number;
  p95: number;
  max: number;
};

/** A board of `setup.notes` notes scrolled down and up, `setup.px` each gesture, by touch or wheel: frame intervals. */
export async function scrolling(setup: ScrollSetup, profile: Profile): Promise<Scroll[]> {
  const board = await benchBoard(setup.serverUrl, setup.notes);
  setup.keep(board);
  const device = await newDevice(setup.browser, profile);
  await device.addInitScript(installPhoneProbe);
  try {
    const { page, cdp } = await openThrottled(device, profile);
    await page.goto(board.link, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction((notes) => document.querySelectorAll('.note__text').length >= notes, setup.notes, {
      timeout: 120_000,
    });
    await sleep(2000);
    const rows: Scroll[] = [];
    for (let gesture = 1; gesture <= setup.gestures; gesture++) {
      const down = gesture % 2 === 1;
      const before = await page.evaluate(() => window.scrollY);
      await page.evaluate(() => {
        (window as unknown as { phoneProbe: PhoneProbe }).phoneProbe.frames = [];
      });
      await scrollBy(cdp, profile, down ? setup.px : -setup.px);
      const frames = await page.evaluate(() => {
        const probe = (window as unknown as { phoneProbe: PhoneProbe }).phoneProbe;
        const recorded = probe.frames ?? [];
        probe.frames = null;
        return recorded;
      });
      const after = await page.evaluate(() => window.scrollY);
      if (gesture === 1) await page.screenshot({ path: `${setup.shots}/scroll-${profile.name}.png` });
      const between = intervals(frames);
      rows.push({
        profile: profile.name,
        gesture,
        px: Math.round(after - before),
        frames: between.length,
        p50: round1(median(between)),
        p95: round1(percentile(between, 0.95)),
        max: round1(max(between)),
      });
    }
    return rows;
  } finally {
    await device.close();
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Scrolls the page by `px` (positive: down). The phone swipes: touch events a finger's pace apart
 * (20 px per 16 ms, about 1,250 px/s), released at the end of each swipe so it flings, as a thumb
 * does (Chromium's synthesized touch scroll gesture does not scroll a headless page); the laptop
 * turns the wheel (Chromium's synthesized scroll gesture, 1,500 px/s).
 */
async function scrollBy(cdp: CDPSession, profile: Profile, px: number): Promise<void> {
  const x = Math.round(profile.viewport.width / 2);
  if (!profile.touch) {
    await cdp.send('Input.synthesizeScrollGesture', {
      x,
      y: 400,
      yDistance: -px,
      speed: 1500,
      gestureSourceType: 'mouse',
    });
    return;
  }
  const swipe = 550;
  const bottom = Math.round(profile.viewport.height * 0.8);
  for (let swiped = 0; swiped < Math.abs(px); swiped += swipe) {
    const [from, to] = px > 0 ? [bottom, bottom - swipe] : [bottom - swipe, bottom];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
    for (let moved = 20; moved <= swipe; moved += 20) {
      const y = from + Math.sign(to - from) * moved;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await sleep(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await sleep(150);
  }
  // The last fling comes to rest.
  await sleep(1000);
}
