/** The map's pure parts: the hex picture layout, cell colours, the legend and the description. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cellAtPixel, imageSize, paintImage, pixelOf } from '../../../web/src/map/hex-image';
import {
	BLUES,
	GREYS,
	VIRIDIS,
	colourCells,
	logPosition,
	scaleEnds
} from '../../../web/src/map/layers';
import type { CellData } from '../../../web/src/map/layers';
import { compact, gradientCss, legendRows } from '../../../web/src/map/legend';
import {
	describeAgents,
	describeClosedRegion,
	describeMap,
	summariseMap
} from '../../../web/src/map/describe';

function grid(side: number, fill: Partial<Record<keyof CellData, number>> = {}): CellData {
	const cells = side * side;
	return {
		side,
		population: new Float64Array(cells).fill(fill.population ?? 10),
		devices: new Int32Array(cells).fill(fill.devices ?? 0),
		coverage: new Int32Array(cells).fill(fill.coverage ?? 0),
		users: new Float64Array(cells).fill(fill.users ?? 0)
	};
}

describe('hex picture layout', () => {
	test('every cell has two pixels, every pixel one cell, and the pointer finds it again', () => {
		fc.assert(
			fc.property(fc.integer({ min: 4, max: 40 }), (side) => {
				const { width, height } = imageSize(side);
				const owner = new Int32Array(width * height).fill(-1);
				for (let r = 0; r < side; r++) {
					for (let q = 0; q < side; q++) {
						const x = pixelOf(q, r, side);
						for (const px of [x, (x + 1) % width]) {
							expect(owner[r * width + px]).toBe(-1);
							owner[r * width + px] = r * side + q;
							expect(cellAtPixel(px + 0.5, r + 0.5, side)).toEqual({ q, r });
						}
					}
				}
				expect(owner.every((o) => o >= 0)).toBe(true);
			}),
			{ numRuns: 20 }
		);
	});

	test('odd rows sit half a cell to the right; outside the picture there is no cell', () => {
		expect(pixelOf(0, 0, 8)).toBe(0);
		expect(pixelOf(0, 1, 8)).toBe(1);
		expect(pixelOf(0, 2, 8)).toBe(2); // row 2 is shifted by one whole cell (⌊2/2⌋)
		expect(cellAtPixel(-1, 0, 8)).toBeNull();
		expect(cellAtPixel(0, 8, 8)).toBeNull();
	});

	test('paintImage copies each cell colour to its two pixels', () => {
		const side = 5;
		const bytes = new Uint8ClampedArray(side * side * 4);
		for (let i = 0; i < side * side; i++) bytes.set([i, 255 - i, 7, 255], i * 4);
		const pixels = new Uint8ClampedArray(imageSize(side).width * side * 4);
		paintImage(new Uint32Array(bytes.buffer), side, new Uint32Array(pixels.buffer));
		const cell = 3 * side + 2; // (q, r) = (2, 3)
		const x = pixelOf(2, 3, side);
		const at = (px: number) =>
			Array.from(pixels.slice((3 * 2 * side + px) * 4, (3 * 2 * side + px) * 4 + 4));
		expect(at(x)).toEqual([cell, 255 - cell, 7, 255]);
		expect(at(x + 1)).toEqual([cell, 255 - cell, 7, 255]);
	});
});

describe('cell colours', () => {
	const colourOf = (data: CellData, layer: Parameters<typeof colourCells>[1], i = 0) => {
		const out = new Uint32Array(data.side * data.side);
		colourCells(data, layer, out);
		return Array.from(new Uint8ClampedArray(out.buffer).slice(i * 4, i * 4 + 4));
	};

	test('nobody and nothing: transparent, so the page shows through', () => {
		const empty = grid(4, { population: 0 });
		for (const layer of ['coverage', 'adopters', 'devices', 'population'] as const) {
			expect(colourOf(empty, layer)[3]).toBe(0);
		}
	});

	test('coverage: covered cells blue, deeper with more footprints; uncovered people grey', () => {
		const data = grid(4);
		data.coverage[1] = 1;
		data.coverage[2] = 7;
		const light = colourOf(data, 'coverage', 1);
		const deep = colourOf(data, 'coverage', 2);
		const uncovered = colourOf(data, 'coverage', 0);
		expect(light[2]).toBeGreaterThan(light[0]);
		expect(deep[0] + deep[1] + deep[2]).toBeLessThan(light[0] + light[1] + light[2]);
		expect(deep.slice(0, 3)).toEqual(Array.from(BLUES.slice(255 * 4, 255 * 4 + 3)));
		expect(uncovered[0]).toBe(uncovered[2]);
		// A uniform population has one value only: the darkest grey.
		expect(uncovered.slice(0, 3)).toEqual(Array.from(GREYS.slice(255 * 4, 255 * 4 + 3)));
	});

	test('adopters are scaled to the highest share on the map', () => {
		const data = grid(4, { population: 100 });
		data.users[3] = 5;
		data.users[4] = 10;
		expect(scaleEnds(data).maxShare).toBeCloseTo(0.1);
		expect(colourOf(data, 'adopters', 4).slice(0, 3)).toEqual(
			Array.from(VIRIDIS.slice(255 * 4, 255 * 4 + 3))
		);
		expect(colourOf(data, 'adopters', 0)[3]).toBe(0); // no adopters: left clear
	});

	test('log positions stay within 0..1 and are monotone', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e7, noNaN: true }),
				fc.double({ min: 0, max: 1e7, noNaN: true }),
				(a, b) => {
					const [lo, hi] = a < b ? [a, b] : [b, a];
					const p = logPosition(lo, 0.5, 1e6);
					const q = logPosition(hi, 0.5, 1e6);
					expect(p).toBeGreaterThanOrEqual(0);
					expect(q).toBeLessThanOrEqual(1);
					expect(p).toBeLessThanOrEqual(q);
				}
			)
		);
	});
});

describe('legend', () => {
	test('ramps are CSS gradients of the same tables, with readable ends', () => {
		expect(gradientCss(VIRIDIS)).toMatch(
			/^linear-gradient\(to right, rgb\(\d+ \d+ \d+\)(, rgb\(\d+ \d+ \d+\)){7}\)$/
		);
		expect([0.123, 3.456, 560.4, 12_345, 1_234_567].map(compact)).toEqual([
			'0.12',
			'3.5',
			'560',
			'12k',
			'1.2M'
		]);
		const rows = legendRows('adopters', {
			minPopulation: 1,
			maxPopulation: 10,
			maxDevices: 3,
			maxShare: 0.0421
		});
		expect(rows[0]).toMatchObject({ low: '0%', high: '4.2%' });
		expect(
			legendRows('coverage', {
				minPopulation: 0.5,
				maxPopulation: 3400,
				maxDevices: 3,
				maxShare: 0
			})
		).toHaveLength(2);
	});
});

describe('description', () => {
	test('says where coverage is best and where devices cluster', () => {
		const side = 9;
		const data = grid(side);
		// Devices and coverage in the picture's top-left ninth only.
		for (let r = 0; r < 3; r++) {
			for (let q = 0; q < side; q++) {
				if (pixelOf(q, r, side) < (2 * side) / 3 - 1) {
					data.devices[r * side + q] = 1;
					data.coverage[r * side + q] = 1;
				}
			}
		}
		const summary = summariseMap(data);
		const text = describeMap(summary, 42, side);
		expect(text).toMatch(/^Week 42: \d+ devices cover \d+% of the 9×9 hex cells/);
		expect(text).toContain('best in the north-west');
		expect(text).toContain('most devices are in the north-west');
	});

	test('a closed region is named with its share of the map', () => {
		expect(describeClosedRegion(224, 447)).toBe(
			' Shipments to the regulated region (the western 50% of the map) are halted.'
		);
	});

	test('the agents: miners, their average fleet and the share of devices below running cost', () => {
		expect(describeAgents(1200, 3000, 150)).toBe(
			'1,200 miners own the 3,000 devices (2.5 each on average); 5% of the devices earned less than they cost to run last week.'
		);
		expect(describeAgents(1, 1000, 1)).toContain('under 1% of the devices');
		expect(describeAgents(10, 10, 0)).toContain('; none of the devices earned less');
		expect(describeAgents(0, 0, 0)).toBe('No miner owns a device yet.');
	});

	test('before any device, it says so', () => {
		expect(describeMap(summariseMap(grid(4)), 0, 4)).toBe(
			'Week 0: a 4×4 hex map with 160 potential users and no devices yet; nothing is covered.'
		);
	});
});
