/**
 * The map in words: what a screen reader hears for the canvas, and the summary under it.
 * Coverage by region (a 3×3 compass split of the picture) and where the devices cluster.
 */
import type { CellData } from './layers';
import { pixelOf } from './hex-image';

export interface MapSummary {
	readonly cells: number;
	readonly coveredCells: number;
	readonly population: number;
	readonly coveredPopulation: number;
	readonly devices: number;
	readonly adopters: number;
	/** Regions (compass names) with their covered share of population and device count. */
	readonly regions: readonly { name: string; coveredShare: number; devices: number }[];
}

const REGION_NAMES = [
	['north-west', 'north', 'north-east'],
	['west', 'centre', 'east'],
	['south-west', 'south', 'south-east']
];

export function summariseMap(data: CellData): MapSummary {
	const side = data.side;
	const regionPop = new Float64Array(9);
	const regionCovered = new Float64Array(9);
	const regionDevices = new Float64Array(9);
	let coveredCells = 0;
	let population = 0;
	let coveredPopulation = 0;
	let devices = 0;
	let adopters = 0;
	for (let r = 0; r < side; r++) {
		const row = Math.min(2, Math.floor((3 * r) / side));
		for (let q = 0; q < side; q++) {
			const i = r * side + q;
			// Regions follow the picture, not the axial coordinates.
			const column = Math.min(2, Math.floor((3 * pixelOf(q, r, side)) / (2 * side)));
			const region = row * 3 + column;
			const pop = data.population[i];
			population += pop;
			regionPop[region] += pop;
			devices += data.devices[i];
			regionDevices[region] += data.devices[i];
			adopters += data.users[i];
			if (data.coverage[i] > 0) {
				coveredCells++;
				coveredPopulation += pop;
				regionCovered[region] += pop;
			}
		}
	}
	const regions = REGION_NAMES.flat().map((name, k) => ({
		name,
		coveredShare: regionPop[k] > 0 ? regionCovered[k] / regionPop[k] : 0,
		devices: regionDevices[k]
	}));
	return {
		cells: side * side,
		coveredCells,
		population,
		coveredPopulation,
		devices,
		adopters,
		regions
	};
}

const percent = (x: number) =>
	x > 0 && x < 0.005 ? 'under 1%' : `${Math.round(100 * x).toLocaleString('en-US')}%`;
const count = (x: number) => Math.round(x).toLocaleString('en-US');

/** One paragraph: totals, coverage by region from best to worst, and where devices cluster. */
export function describeMap(summary: MapSummary, week: number, side: number): string {
	if (summary.devices === 0) {
		return `Week ${week}: a ${side}×${side} hex map with ${count(summary.population)} potential users and no devices yet; nothing is covered.`;
	}
	const byCoverage = [...summary.regions].sort((a, b) => b.coveredShare - a.coveredShare);
	const best = byCoverage[0];
	const worst = byCoverage[byCoverage.length - 1];
	const busiest = [...summary.regions].sort((a, b) => b.devices - a.devices)[0];
	const popShare = summary.population > 0 ? summary.coveredPopulation / summary.population : 0;
	return (
		`Week ${week}: ${count(summary.devices)} devices cover ${percent(summary.coveredCells / summary.cells)} ` +
		`of the ${side}×${side} hex cells and ${percent(popShare)} of the potential users; ` +
		`${count(summary.adopters)} of them use it. ` +
		`Coverage is best in the ${best.name} (${percent(best.coveredShare)} of its potential users) ` +
		`and weakest in the ${worst.name} (${percent(worst.coveredShare)}); ` +
		`most devices are in the ${busiest.name} (${count(busiest.devices)}).`
	);
}

/** The sentence added while shipments to the regulated region (its western band) are halted. */
export function describeClosedRegion(regionColumns: number, side: number): string {
	return ` Shipments to the regulated region (the western ${Math.round((100 * regionColumns) / side)}% of the map) are halted.`;
}

/** Who owns the devices, and how many do not pay their running cost (the agents behind the map). */
export function describeAgents(miners: number, devices: number, unprofitable: number): string {
	if (devices === 0) return 'No miner owns a device yet.';
	const perMiner = miners > 0 ? devices / miners : 0;
	const fleet = perMiner.toLocaleString('en-US', { maximumFractionDigits: 1 });
	return (
		`${count(miners)} miners own the ${count(devices)} devices (${fleet} each on average); ` +
		`${unprofitable === 0 ? 'none' : percent(unprofitable / devices)} of the devices earned less ` +
		'than they cost to run last week.'
	);
}
