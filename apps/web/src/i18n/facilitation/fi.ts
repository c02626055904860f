/** Stages, following the facilitator's focus and the shared timer (Finnish, the source). */
export const facilitationFi = {
  'stage.label': 'Vaihe',
} as const;
