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

/** The largest value of an array (0 when empty): the top of a layer's colour scale. */
export function maxOf(values: ArrayLike<number>): number {
	let max = 0;
	for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
	return max;
}

/** The smallest positive value of an array (0 when none): the bottom of a log colour scale. */
export function minPositiveOf(values: ArrayLike<number>): number {
	let min = Infinity;
	for (let i = 0; i < values.length; i++) if (values[i] > 0 && values[i] < min) min = values[i];
	return min === Infinity ? 0 : min;
}

/** The highest share of a cell's potential users who use the network: the top of its scale. */
export function maxAdoption(data: CellData): number {
	let max = 0;
	for (let i = 0; i < data.side * data.side; i++) {
		const pop = data.population[i];
		if (pop > 0 && data.users[i] / pop > max) max = data.users[i] / pop;
	}
	return Math.min(1, max);
}

/** Footprint overlaps at which the coverage blue is deepest. */
export const DEEP_COVERAGE = 7;

/**
 * Colours every cell into `out` (RGBA, 4 bytes per cell, cell order), transparent where the
 * layer has nothing to show so the page background shows through.
 */
export function colourCells(data: CellData, layer: MapLayer, out: Uint8ClampedArray): void {
	const cells = data.side * data.side;
	const maxPop = maxOf(data.population);
	const minPop = minPositiveOf(data.population);
	const maxShare = maxAdoption(data);
	const maxDevices = maxOf(data.devices);
	for (let i = 0; i < cells; i++) {
		const pop = data.population[i];
		let table: Uint8ClampedArray | null = null;
		let t = 0;
		if (layer === 'coverage') {
			if (data.coverage[i] > 0) {
				table = BLUES;
				t = 0.25 + (0.75 * Math.min(data.coverage[i], DEEP_COVERAGE)) / DEEP_COVERAGE;
			} else if (pop > 0) {
				table = GREYS;
				t = logPosition(pop, minPop, maxPop);
			}
		} else if (layer === 'adopters') {
			if (data.users[i] > 0 && pop > 0) {
				table = VIRIDIS;
				t = Math.min(1, data.users[i] / pop / maxShare);
			}
		} else if (layer === 'devices') {
			if (data.devices[i] > 0) {
				table = VIRIDIS;
				t = maxDevices > 1 ? logPosition(data.devices[i], 1, maxDevices) : 1;
			}
		} else if (pop > 0) {
			table = VIRIDIS;
			t = logPosition(pop, minPop, maxPop);
		}
		const o = i * 4;
		if (table === null) {
			out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
			continue;
		}
		const k = Math.round(t * 255) * 4;
		out[o] = table[k];
		out[o + 1] = table[k + 1];
		out[o + 2] = table[k + 2];
		out[o + 3] = 255;
	}
}
