/** 2D affine matrices in PDF order [a, b, c, d, e, f]. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n: n applies first, then m (pdf.js `Util.transform(m, n)`). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * From PDF user space to the page as seen: rotation (/Rotate) and crop box offset undone, origin
 * at the bottom-left corner, y growing upwards. `viewport` is pdf.js' scale-1 viewport transform
 * (which maps to y-down display space).
 */
export function pageSpace(viewport: Matrix, height: number): Matrix {
  return multiply([1, 0, 0, -1, 0, height], viewport);
}
