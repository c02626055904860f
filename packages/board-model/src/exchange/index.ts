export { CSV_COLUMNS, CSV_HEADERS, csvField, exportCsv } from './csv.ts';
export { MAX_EXCHANGED_TEXT_LENGTH, toExchangedText } from './exchangedText.ts';
export { type BoardDocs, exportWorkshop } from './exportWorkshop.ts';
export { type ImportedWorkshop, importWorkshop } from './importWorkshop.ts';
export { escapeMarkdown, exportMarkdown } from './markdown.ts';
export * from './types.ts';
export { type ExchangeLimits, validateWorkshopExport } from './validate.ts';
