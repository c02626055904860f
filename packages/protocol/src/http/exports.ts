import { arrayOf, type Check, object, string } from './check.ts';

/**
 * GET /api/workshops/<id>/export?format=… (facilitator): the workshop as data (these formats;
 * `xlsx` an Excel workbook with a sheet per board, the agreements and the votes)
 * or a board as a PDF (`format=pdf`, its parameters in server/src/http/exportParams.ts). The
 * answer is a file; a refusal is an ApiError as everywhere.
 */
export const DATA_FORMATS = ['json', 'csv', 'md', 'xlsx'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/**
 * POST /api/workshops/import takes an export's JSON as it is and answers as creation does
 * (CreatedWorkshop); `invalid-export` lists what is wrong where.
 */
export type ImportProblem = { readonly path: string; readonly reason: string };

export const checkImportProblems: Check<readonly ImportProblem[]> = arrayOf(object({ path: string, reason: string }));
