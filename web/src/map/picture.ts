/**
 * The map's picture at one pixel per half cell (hex-image.ts), kept between frames: the colour
 * buffer, the ImageData and the offscreen canvas are reused while the grid side stays the same,
 * so a playing map allocates nothing per frame.
 */
import { imageSize, paintImage } from './hex-image';
import { colourCells } from './layers';
import type { CellData, MapLayer, ScaleEnds } from './layers';

export class MapPicture {
	#side = 0;
	#colours = new Uint32Array(0);
	#pixels: ImageData | null = null;
	#pixels32 = new Uint32Array(0);
	readonly canvas: HTMLCanvasElement;

	constructor(doc: Document) {
		this.canvas = doc.createElement('canvas');
	}

	/** Paints `data` in `layer` into `canvas` (side·2 × side pixels). */
	paint(data: CellData, layer: MapLayer, ends: ScaleEnds): void {
		if (data.side !== this.#side || !this.#pixels) {
			const { width, height } = imageSize(data.side);
			this.#side = data.side;
			this.#colours = new Uint32Array(data.side * data.side);
			this.#pixels = new ImageData(width, height);
			this.#pixels32 = new Uint32Array(this.#pixels.data.buffer);
			this.canvas.width = width;
			this.canvas.height = height;
		}
		colourCells(data, layer, this.#colours, ends);
		paintImage(this.#colours, data.side, this.#pixels32);
		this.canvas.getContext('2d')!.putImageData(this.#pixels, 0, 0);
	}
}
