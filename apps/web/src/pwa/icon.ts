/**
 * The app's icon: the customer-process table itself, five phases by three questions, with a
 * few notes on it, white on the accent colour. `maskable`: full-bleed background and the table
 * inside the central safe circle (radius 40 % of the size), since launchers cut the icon to
 * their own shape.
 */
export function iconSvg({ maskable }: { maskable: boolean }): string {
  const scale = maskable ? 0.8 : 1;
  const corner = maskable ? 0 : 96;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">',
    `<rect width="512" height="512" rx="${corner}" fill="#0b57d0"/>`,
    `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">`,
    '<rect x="72" y="112" width="368" height="288" rx="20" fill="#ffffff"/>',
    ...gridLines(),
    ...NOTES.map(([column, row, colour]) => note(column, row, colour)),
    '</g>',
    '</svg>',
  ].join('');
}

const LEFT = 92;
const TOP = 132;
const CELL_WIDTH = 65.6;
const CELL_HEIGHT = 82.67;

/** Which cells hold a note, and its colour (the board's note colours). */
const NOTES: readonly (readonly [number, number, string])[] = [
  [0, 0, '#ffd54f'],
  [1, 0, '#ffd54f'],
  [1, 1, '#8fd694'],
  [2, 0, '#f4a7b9'],
  [2, 2, '#ffd54f'],
  [3, 1, '#ffd54f'],
  [4, 2, '#8fd694'],
];

function gridLines(): string[] {
  const lines: string[] = [];
  for (let column = 1; column < 5; column++) {
    const x = LEFT + column * CELL_WIDTH;
    lines.push(`<rect x="${x - 2}" y="${TOP}" width="4" height="${3 * CELL_HEIGHT}" fill="#b8c7e6"/>`);
  }
  for (let row = 1; row < 3; row++) {
    const y = TOP + row * CELL_HEIGHT;
    lines.push(`<rect x="${LEFT}" y="${y - 2}" width="${5 * CELL_WIDTH}" height="4" fill="#b8c7e6"/>`);
  }
  return lines;
}

function note(column: number, row: number, colour: string): string {
  const x = LEFT + column * CELL_WIDTH + 12;
  const y = TOP + row * CELL_HEIGHT + 14;
  return `<rect x="${x}" y="${y}" width="${CELL_WIDTH - 24}" height="${CELL_HEIGHT - 28}" rx="6" fill="${colour}"/>`;
}
