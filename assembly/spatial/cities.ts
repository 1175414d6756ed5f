// Synthetic population (MODEL.md §6.4 World): K cities at seeded positions with Zipf sizes
// s_k = 1/k and exponential falloff of radius ρ_k = 1 + side·√s_k/32 (in hex steps, on the torus),
// plus a rural floor, times lognormal noise: pop_i = (FLOOR + Σ_k s_k·e^(−d_ik/ρ_k))·e^(σz − σ²/2).
// K = 0 gives a uniform population (pop_i = 1, no noise): the mean-field case of test I10.
// Draws come from their own stream (STREAM_CITIES), in a fixed order: city positions, then one
// normal per cell in cell order.
import { Rng } from '../rng';
import { Grid, population } from './grid';

export const MAX_CITIES: i32 = 64;
const RURAL_FLOOR: f64 = 0.01;
const NOISE_SIGMA: f64 = 0.5;

const cityQ = new StaticArray<i32>(MAX_CITIES);
const cityR = new StaticArray<i32>(MAX_CITIES);

function wrapped(d: i32, side: i32): i32 {
	let x = d % side;
	if (x < 0) x += side;
	return x > side / 2 ? x - side : x;
}

/** Hex distance between axial cells on the torus (each axis wrapped to the nearer copy). */
export function hexDistance(q1: i32, r1: i32, q2: i32, r2: i32, side: i32): i32 {
	const dq = wrapped(q1 - q2, side);
	const dr = wrapped(r1 - r2, side);
	return (abs<i32>(dq) + abs<i32>(dr) + abs<i32>(dq + dr)) / 2;
}

export function generatePopulation(g: Grid, cities: i32, rng: Rng): void {
	const side = g.side;
	const k = min<i32>(max<i32>(cities, 0), MAX_CITIES);
	let total: f64 = 0;
	if (k == 0) {
		for (let i = 0; i < g.cells; i++) unchecked((population[i] = 1.0));
		g.popTotal = <f64>g.cells;
		return;
	}
	for (let c = 0; c < k; c++) {
		unchecked((cityQ[c] = <i32>(rng.uniform() * <f64>side)));
		unchecked((cityR[c] = <i32>(rng.uniform() * <f64>side)));
	}
	const bias = -0.5 * NOISE_SIGMA * NOISE_SIGMA;
	for (let i = 0; i < g.cells; i++) {
		const q = i % side;
		const r = i / side;
		let pop = RURAL_FLOOR;
		for (let c = 0; c < k; c++) {
			const size = 1.0 / <f64>(c + 1);
			const radius = 1.0 + (<f64>side * Math.sqrt(size)) / 32.0;
			const d = hexDistance(q, r, unchecked(cityQ[c]), unchecked(cityR[c]), side);
			pop += size * Math.exp(-(<f64>d) / radius);
		}
		pop *= Math.exp(NOISE_SIGMA * rng.normal() + bias);
		unchecked((population[i] = pop));
		total += pop;
	}
	g.popTotal = total;
}
