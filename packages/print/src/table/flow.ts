/** Something with a height that flows down columns: a measured note. */
export type Flowable = { readonly height: number };

/** An item placed by `flow`: its page, its column and its top, from the cell's inner top. */
export type Flowed<T> = { readonly item: T; readonly page: number; readonly column: number; readonly y: number };

/**
 * Newspaper flow: items go down the first column, then the next, then onto the next page, in
 * order, so a cell reads top to bottom, column by column. An item that does not fit what is
 * left of a column starts the next one: no item is ever cut. `gap` separates items.
 */
export function flow<T extends Flowable>(
  items: readonly T[],
  columns: number,
  height: number,
  gap: number,
): Flowed<T>[] {
  const placed: Flowed<T>[] = [];
  let page = 0;
  let column = 0;
  let y = 0;
  for (const item of items) {
    if (y > 0 && y + item.height > height) {
      column++;
      y = 0;
      if (column === columns) {
        page++;
        column = 0;
      }
    }
    placed.push({ item, page, column, y });
    y += item.height + gap;
  }
  return placed;
}

export function pagesOf(placed: readonly Flowed<unknown>[]): number {
  return placed.length === 0 ? 1 : placed[placed.length - 1]!.page + 1;
}

/**
 * The least column height at which `items` flow onto one page (bisection to 0.1 mm): what a
 * row needs to hold its fullest cell without continuing.
 */
export function heightForOnePage(items: readonly Flowable[], columns: number, gap: number): number {
  if (items.length === 0) return 0;
  let low = Math.max(...items.map((item) => item.height));
  let high = items.reduce((sum, item) => sum + item.height + gap, 0);
  if (pagesOf(flow(items, columns, low, gap)) === 1) return low;
  while (high - low > 0.1) {
    const mid = (low + high) / 2;
    if (pagesOf(flow(items, columns, mid, gap)) === 1) high = mid;
    else low = mid;
  }
  return high;
}
