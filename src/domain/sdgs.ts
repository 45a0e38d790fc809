// The 17 Agenda 2030 goals with their official colours (names are UI strings: `sdg.<n>`).
export const SDG_COLOURS: readonly string[] = [
  '#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
  '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A',
];

export const SDG_NUMBERS: readonly number[] = SDG_COLOURS.map((_, i) => i + 1);

export function sdgColour(n: number): string {
  return SDG_COLOURS[n - 1] ?? '#777777';
}
