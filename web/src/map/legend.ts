/** The map's legend: CSS gradients sampled from the same lookup tables that colour the cells. */
import { BLUES, GREYS, VIRIDIS } from './layers';
import type { MapLayer, ScaleEnds } from './layers';

/** A CSS linear-gradient through `stops` evenly spaced entries of a 256-entry table. */
export function gradientCss(table: Uint8ClampedArray, from = 0, to = 1, stops = 8): string {
	const colours: string[] = [];
	for (let s = 0; s < stops; s++) {
		const k = Math.round((from + ((to - from) * s) / (stops - 1)) * 255) * 4;
		colours.push(`rgb(${table[k]} ${table[k + 1]} ${table[k + 2]})`);
	}
	return `linear-gradient(to right, ${colours.join(', ')})`;
}

export interface LegendRow {
	readonly gradient: string;
	readonly low: string;
	readonly high: string;
	readonly label: string;
}

/** Short numbers for the ramp ends: 0.12, 3.4, 560, 12k, 1.2M. */
export function compact(x: number): string {
	if (x >= 1e6) return `${+(x / 1e6).toPrecision(2)}M`;
	if (x >= 1e3) return `${+(x / 1e3).toPrecision(2)}k`;
	return x >= 100 ? `${Math.round(x)}` : `${+x.toPrecision(2)}`;
}

/** Legend rows for a layer, with the current ends of its scales. */
export function legendRows(
	layer: MapLayer,
	{ minPopulation, maxPopulation, maxDevices, maxShare }: ScaleEnds
): LegendRow[] {
	switch (layer) {
		case 'coverage':
			return [
				{
					gradient: gradientCss(BLUES, 0.25 + 0.75 / 7, 1),
					low: '1',
					high: '7+',
					label: 'Covered: device footprints overlapping'
				},
				{
					gradient: gradientCss(GREYS),
					low: compact(minPopulation),
					high: compact(maxPopulation),
					label: 'Not covered: potential users per cell (log)'
				}
			];
		case 'adopters':
			return [
				{
					gradient: gradientCss(VIRIDIS),
					low: '0%',
					high: `${+(100 * maxShare).toPrecision(2)}%`,
					label: 'Share of potential users using the network'
				}
			];
		case 'devices':
			return [
				{
					gradient: gradientCss(VIRIDIS),
					low: '1',
					high: compact(Math.max(1, maxDevices)),
					label: 'Devices per cell (log)'
				}
			];
		default:
			return [
				{
					gradient: gradientCss(VIRIDIS),
					low: compact(minPopulation),
					high: compact(maxPopulation),
					label: 'Potential users per cell (log)'
				}
			];
	}
}
