import type { facilitationFi } from './fi.ts';

export const facilitationEn: Record<keyof typeof facilitationFi, string> = {
  'stage.label': 'Stage',
};
