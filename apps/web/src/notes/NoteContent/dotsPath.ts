/** Dots as one path each (a circle element per dot is many React fibres times a thousand notes). */
export function dotsPath(points: readonly (readonly [number, number])[], r: number): string {
  return points.map(([x, y]) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`).join('');
}
