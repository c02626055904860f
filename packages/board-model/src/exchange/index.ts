export { agreementsCalendar, type CalendarOptions } from './calendar.ts';
export { CSV_COLUMNS, CSV_HEADERS, csvField, exportCsv } from './csv.ts';
export { MAX_EXCHANGED_TEXT_LENGTH, toExchangedText } from './exchangedText.ts';
export { type BoardDocs, exportWorkshop } from './exportWorkshop.ts';
export { type ImportedWorkshop, importWorkshop } from './importWorkshop.ts';
export { escapeMarkdown, exportMarkdown } from './markdown.ts';
export { MAX_SHEET_NAME_LENGTH, sheetName } from './sheetName.ts';
export {
  MAX_SHEET_TEXT_LENGTH,
  type SheetCell,
  type SheetColumn,
  type SheetColumnKind,
  sheetText,
  type WorkshopSheet,
  workshopSheets,
} from './sheets.ts';
export { isWorkshopStart, startFrom, WORKSHOP_STARTS, type WorkshopStart } from './startFrom.ts';
export * from './types.ts';
export { type ExchangeLimits, validateWorkshopExport } from './validate.ts';
