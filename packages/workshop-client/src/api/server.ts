import { checkOperator, checkServerTime, type Operator, type ServerTime } from '@avaa/protocol';
import { type ApiResult, callJson } from './call.ts';

/** GET /api/time (no token): the server's clock, for the shared timer's offset. */
export function fetchServerTime(base: string): Promise<ApiResult<ServerTime>> {
  return callJson({ base, path: '/api/time' }, {}, 200, checkServerTime);
}

/** GET /api/operator (no token): who runs this server, for the accessibility statement. */
export function fetchOperator(base: string): Promise<ApiResult<Operator>> {
  return callJson({ base, path: '/api/operator' }, {}, 200, checkOperator);
}
