// What the live region tells the user while a polygon is drawn: the next step, from the number of
// corners placed so far (a polygon needs three before it can be closed).
export interface DrawHint {
  key: string;
  params?: { n: number };
}

export function drawHint(vertices: number): DrawHint {
  if (vertices <= 0) return { key: 'areas.draw.hint.first' };
  if (vertices < 3) return { key: 'areas.draw.hint.more', params: { n: vertices } };
  return { key: 'areas.draw.hint.close', params: { n: vertices } };
}
