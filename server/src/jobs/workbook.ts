import type { Language, SheetCell, SheetColumn, WorkshopExport, WorkshopSheet } from '@avaa/board-model';
import { workshopSheets } from '@avaa/board-model';
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';

/**
 * The workshop's notes happen in Finland: a moment is shown as a Finnish clock showed it (a
 * spreadsheet's date has no time zone).
 */
const TIME_ZONE = 'Europe/Helsinki';

/** Finnish writes 24.11.2026 9:05; Swedish and English the ISO 2026-11-24 09:05 (as `formatDate`). */
const FORMATS: Readonly<Record<Language, { readonly time: string; readonly day: string }>> = {
  fi: { time: 'd.m.yyyy h:mm', day: 'd.m.yyyy' },
  sv: { time: 'yyyy-mm-dd hh:mm', day: 'yyyy-mm-dd' },
  en: { time: 'yyyy-mm-dd hh:mm', day: 'yyyy-mm-dd' },
};

/**
 * The workshop as an .xlsx workbook (board-model's `workshopSheets`): a frozen, bold header
 * row, each column its width, text wrapped at the top of its cell, moments and due days as
 * real dates. Every text is a string cell, so a note starting with `=` is never a formula.
 */
export async function renderWorkbook(data: WorkshopExport): Promise<Uint8Array> {
  const { language } = data.workshop;
  const sheets: Sheet<never>[] = workshopSheets(data).map((sheet) => ({
    sheet: sheet.name,
    data: sheetData(sheet, language),
    columns: sheet.columns.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
  }));
  const buffer = await writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: FONT_SIZE }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function sheetData(sheet: WorkshopSheet, language: Language): Cell[][] {
  const header = sheet.columns.map(
    (column): Cell => ({
      value: column.header,
      type: String,
      fontWeight: 'bold',
      backgroundColor: '#E8EEF4',
      wrap: true,
      alignVertical: 'top',
    }),
  );
  const rows = sheet.rows.map((row) => {
    const cells = row.map((value, index) => cellOf(value, sheet.columns[index] as SheetColumn, language));
    // A row's height is the writer's: a spreadsheet does not always fit it to wrapped text on opening.
    const height = rowHeight(row, sheet.columns);
    const first = cells[0];
    if (height !== undefined) cells[0] = { ...(first && typeof first === 'object' ? first : {}), height };
    return cells;
  });
  return [header, ...rows];
}

const FONT_SIZE = 11;
/** Points per line of 11-point text, and Excel's highest row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * The height a row's longest wrapped text needs, estimated from its column's width in
 * characters (each line break and each full width a line); undefined for one line.
 */
export function rowHeight(row: readonly SheetCell[], columns: readonly SheetColumn[]): number | undefined {
  let lines = 1;
  row.forEach((value, index) => {
    const width = columns[index]?.width ?? 10;
    if (typeof value !== 'string' || value === '') return;
    const wrapped = value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
    lines = Math.max(lines, wrapped);
  });
  return lines === 1 ? undefined : Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
}

function cellOf(value: SheetCell, column: SheetColumn, language: Language): Cell {
  if (value === null || value === '') return null;
  switch (column.kind) {
    case 'text':
      return { value: String(value), type: String, wrap: true, alignVertical: 'top' };
    case 'number':
      return { value: Number(value), type: Number, alignVertical: 'top' };
    case 'time':
      return { value: wallClock(Number(value)), type: Date, format: FORMATS[language].time, alignVertical: 'top' };
    case 'day':
      return { value: calendarDay(String(value)), type: Date, format: FORMATS[language].day, alignVertical: 'top' };
  }
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const HOUR = 3_600_000;
/** The clock's offset from UTC by UTC hour: it changes only on the hour, and formatting is slow. */
const offsets = new Map<number, number>();

/** A moment as a Finnish wall clock read it, as the UTC fields of a Date (what a spreadsheet date holds). */
export function wallClock(time: number): Date {
  const hour = Math.floor(time / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const parts = Object.fromEntries(
      clock.formatToParts(new Date(hour * HOUR)).map((part) => [part.type, Number(part.value)]),
    );
    const { year = 1970, month = 1, day = 1, hour: hours = 0, minute = 0, second = 0 } = parts;
    offset = Date.UTC(year, month - 1, day, hours, minute, second) - hour * HOUR;
    offsets.set(hour, offset);
  }
  return new Date(time + offset);
}

/** `YYYY-MM-DD` as a date at midnight. */
function calendarDay(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}
