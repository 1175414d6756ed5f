/**
 * What the map can show, and how a cell's numbers become a colour. Colour ramps are viridis
 * (perceptually uniform, colour-vision safe, readable in greyscale); the legend draws the same
 * functions, so the key always matches the picture.
 */
import { interpolateViridis } from 'd3-scale-chromatic';
import { rgb } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';

export type MapLayer = 'coverage' | 'adopters' | 'devices' | 'population';

export interface LayerSpec {
	readonly id: MapLayer;
	readonly label: string;
	/** What one colour step means, for the legend and the text description. */
	readonly legend: string;
}

export const LAYERS: readonly LayerSpec[] = [
	{
		id: 'coverage',
		label: 'Coverage',
		legend:
			'Covered cells in blue (darker: more devices overlap); uncovered potential users in grey'
	},
	{
		id: 'adopters',
		label: 'Adopters',
		legend: 'Share of each cell’s potential users who use the network (scaled to the highest)'
	},
	{ id: 'devices', label: 'Devices', legend: 'Devices placed in each cell (log scale)' },
	{ id: 'population', label: 'Population', legend: 'Potential users per cell (log scale)' }
];

/** The cells of one map frame that colouring needs (see engine/api.ts MapFrame). */
export interface CellData {
	readonly side: number;
	readonly population: Float64Array;
	readonly devices: Int32Array;
	readonly coverage: Int32Array;
	readonly users: Float64Array;
}

export type Rgba = readonly [number, number, number, number];

/** A 256-entry lookup table of a d3 interpolator: colouring 262k cells must not parse strings. */
export function rampTable(interpolate: (t: number) => string): Uint8ClampedArray {
	const table = new Uint8ClampedArray(256 * 4);
	for (let i = 0; i < 256; i++) {
		const c = rgb(interpolate(i / 255));
		table.set([c.r, c.g, c.b, 255], i * 4);
	}
	return table;
}

export const VIRIDIS = rampTable(interpolateViridis);
/** Covered cells: from a light to a deep Okabe–Ito blue (#0072B2) as footprints overlap. */
export const BLUES = rampTable(interpolateRgb('#c6e0f4', '#0072b2'));
/** People without coverage: light to mid grey. */
export const GREYS = rampTable(interpolateRgb('#ececec', '#6e6e6e'));

/** Position 0..1 of x on a log scale from min to max (0 at or below min). */
export function logPosition(x: number, min: number, max: number): number {
	if (!(min > 0) || !(max > min)) return x > 0 ? 1 : 0; // one value only: the top colour
	if (x <= min) return 0;
	return Math.min(1, Math.log(x / min) / Math.log(max / min));
}

/** Footprint overlaps at which the coverage blue is deepest. */
export const DEEP_COVERAGE = 7;

/** The ends of the layers' colour scales for one frame (one pass over the cells). */
export interface ScaleEnds {
	readonly minPopulation: number;
	readonly maxPopulation: number;
	readonly maxDevices: number;
	/** Highest share of a cell's potential users who use the network (0..1). */
	readonly maxShare: number;
}

export function scaleEnds(data: CellData): ScaleEnds {
	let minPopulation = Infinity;
	let maxPopulation = 0;
	let maxDevices = 0;
	let maxShare = 0;
	for (let i = 0; i < data.side * data.side; i++) {
		const pop = data.population[i];
		if (pop > 0) {
			if (pop < minPopulation) minPopulation = pop;
			if (pop > maxPopulation) maxPopulation = pop;
			const share = data.users[i] / pop;
			if (share > maxShare) maxShare = share;
		}
		if (data.devices[i] > maxDevices) maxDevices = data.devices[i];
	}
	return {
		minPopulation: minPopulation === Infinity ? 0 : minPopulation,
		maxPopulation,
		maxDevices,
		maxShare: Math.min(1, maxShare)
	};
}

/** A 256-entry table as packed RGBA words (the byte order of ImageData on this machine). */
function packed(table: Uint8ClampedArray): Uint32Array {
	return new Uint32Array(table.slice().buffer);
}
const VIRIDIS32 = packed(VIRIDIS);
const BLUES32 = packed(BLUES);
const GREYS32 = packed(GREYS);

/**
 * Colours every cell into `out` (one packed RGBA word per cell, cell order; 0 = transparent
 * where the layer has nothing to show, so the page background shows through).
 */
export function colourCells(
	data: CellData,
	layer: MapLayer,
	out: Uint32Array,
	ends: ScaleEnds = scaleEnds(data)
): void {
	const cells = data.side * data.side;
	const { minPopulation: minPop, maxPopulation: maxPop, maxDevices, maxShare } = ends;
	for (let i = 0; i < cells; i++) {
		const pop = data.population[i];
		let table: Uint32Array | null = null;
		let t = 0;
		if (layer === 'coverage') {
			if (data.coverage[i] > 0) {
				table = BLUES32;
				t = 0.25 + (0.75 * Math.min(data.coverage[i], DEEP_COVERAGE)) / DEEP_COVERAGE;
			} else if (pop > 0) {
				table = GREYS32;
				t = logPosition(pop, minPop, maxPop);
			}
		} else if (layer === 'adopters') {
			if (data.users[i] > 0 && pop > 0) {
				table = VIRIDIS32;
				t = Math.min(1, data.users[i] / pop / maxShare);
			}
		} else if (layer === 'devices') {
			if (data.devices[i] > 0) {
				table = VIRIDIS32;
				t = maxDevices > 1 ? logPosition(data.devices[i], 1, maxDevices) : 1;
			}
		} else if (pop > 0) {
			table = VIRIDIS32;
			t = logPosition(pop, minPop, maxPop);
		}
		out[i] = table === null ? 0 : table[Math.round(t * 255)];
	}
}
