import type { facilitationFi } from './fi.ts';

export const facilitationSv: Record<keyof typeof facilitationFi, string> = {
  'stage.label': 'Skede',
};
