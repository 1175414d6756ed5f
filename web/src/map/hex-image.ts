/**
 * The spatial engine's axial hex torus drawn as a picture. Row r is shifted by ⌊r/2⌋ cells
 * (the "odd-r offset" layout) and wrapped around the torus, and every cell is two pixels wide,
 * so odd rows sit half a cell to the right: the image has hex adjacency with plain pixels, and
 * one drawImage call scales it. Rows are √3/2 of a cell width apart on screen.
 */

export const ROW_HEIGHT = Math.sqrt(3) / 2;

/** Pixel size of the image for a grid side: two pixels per cell across, one per row. */
export function imageSize(side: number): { width: number; height: number } {
	return { width: 2 * side, height: side };
}

/** Left pixel of cell (q, r) in the image. */
export function pixelOf(q: number, r: number, side: number): number {
	return 2 * ((q + (r >> 1)) % side) + (r & 1);
}

/** Axial coordinates of the cell drawn at image pixel (x, y), or null outside the image. */
export function cellAtPixel(x: number, y: number, side: number): { q: number; r: number } | null {
	const r = Math.floor(y);
	const px = Math.floor(x);
	if (r < 0 || r >= side || px < 0 || px >= 2 * side) return null;
	// Odd rows start one pixel right; their first pixel wraps to the end of the row.
	const col = Math.floor((((px - (r & 1)) % (2 * side)) + 2 * side) / 2) % side;
	const q = (((col - (r >> 1)) % side) + side) % side;
	return { q, r };
}

/** Copies per-cell packed RGBA colours (cell order i = r·side + q) into the image's pixels. */
export function paintImage(colours: Uint32Array, side: number, pixels: Uint32Array): void {
	const width = 2 * side;
	for (let r = 0; r < side; r++) {
		const row = r * width;
		const shift = r >> 1;
		const odd = r & 1;
		for (let q = 0; q < side; q++) {
			const colour = colours[r * side + q];
			const x = 2 * ((q + shift) % side) + odd;
			pixels[row + x] = colour;
			pixels[row + (x + 1 === width ? 0 : x + 1)] = colour;
		}
	}
}
