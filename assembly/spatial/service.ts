// Spatial B3 (MODEL.md §6.4 rule 2): with n_i device footprints covering cell i, each device up
// with probability u and honest with probability 1 − g, independently:
//   a_i = 1 − (1 − u(1−g))^n_i (available), c_i = 1 − g^n_i (covered by an honest device);
//   C_pop = Σ N_i·a_i / Σ N_i, Ā = Σ N_i·a_i / Σ N_i·c_i (u when nothing is covered),
//   Q = clip(C_pop·Ā/A_SLA, 0, 1), M = Σ N_i·a_i with N_i = M_max·pop_i/Σpop.
// Writes the same World fields as the aggregate B3, so B4–B9 run unchanged. Capacity networks
// (network_kind = 1) have no geography: they use the aggregate block.
import { P } from '../generated/params';
import { clamp } from '../math';
import { computeCapacity, NETWORK_CAPACITY } from '../model/coverage';
import { World } from '../world';
import { availability, coverage, Grid, population } from './grid';

const AVAILABILITY_SLA: f64 = 0.99;
/** (1 − u(1−g))^n and g^n are tabulated for n below this; Math.pow above. */
const POW_TABLE: i32 = 1024;
const downPow = new StaticArray<f64>(POW_TABLE);
const dishonestPow = new StaticArray<f64>(POW_TABLE);

export function spatialService(w: World, p: StaticArray<f64>, g: Grid): void {
	if (<i32>unchecked(p[P.network_kind]) == NETWORK_CAPACITY) {
		computeCapacity(w, p);
		return;
	}
	const uptime = unchecked(p[P.uptime]);
	const gaming = unchecked(p[P.gaming_share]);
	const down = 1.0 - uptime * (1.0 - gaming);
	let x: f64 = 1;
	let y: f64 = 1;
	for (let n = 0; n < POW_TABLE; n++) {
		unchecked((downPow[n] = x));
		unchecked((dishonestPow[n] = y));
		x *= down;
		y *= gaming;
	}
	let available: f64 = 0;
	let covered: f64 = 0;
	for (let i = 0; i < g.cells; i++) {
		const n = unchecked(coverage[i]);
		let a: f64 = 0;
		if (n > 0) {
			const pop = unchecked(population[i]);
			a = 1.0 - (n < POW_TABLE ? unchecked(downPow[n]) : Math.pow(down, <f64>n));
			const c = 1.0 - (n < POW_TABLE ? unchecked(dishonestPow[n]) : Math.pow(gaming, <f64>n));
			available += pop * a;
			covered += pop * c;
		}
		unchecked((availability[i] = a));
	}
	const cpop = g.popTotal > 0.0 ? available / g.popTotal : 0.0;
	const cov = g.popTotal > 0.0 ? covered / g.popTotal : 0.0;
	w.devicesLive = w.devices * uptime * (1.0 - gaming);
	w.coverage = clamp(cpop, 0.0, 1.0);
	w.availability = cov > 0.0 ? cpop / cov : uptime;
	w.quality = clamp((w.coverage * w.availability) / AVAILABILITY_SLA, 0.0, 1.0);
	w.served = 1.0;
	w.market = unchecked(p[P.market_size]) * w.coverage;
}
