// Spatial B3 (MODEL.md §6.4 rule 2), from the device agents' per-cell sums (agents.ts): with n_i
// honest devices covering cell i, of uptimes u_j,
//   a_i = 1 − Π_j (1 − u_j) = 1 − e^(Σ ln(1 − u_j)) (available; kept current by agents.ts as
//   devices come and go), c_i = 1[n_i ≥ 1] (covered);
//   C_pop = Σ N_i·a_i / Σ N_i, Ā = Σ N_i·a_i / Σ N_i·c_i (u when nothing is covered),
//   Q = clip(C_pop·Ā/A_SLA, 0, 1), M = Σ N_i·a_i with N_i = M_max·pop_i/Σpop,
//   live devices = Σ u_j over honest devices. The same pass sums B7's PoC weights (rewards.ts).
// Writes the same World fields as the aggregate B3, so B4–B9 run unchanged. Capacity networks
// (network_kind = 1) have no geography: they use the aggregate block.
import { P } from '../generated/params';
import { clamp } from '../math';
import { computeCapacity, NETWORK_CAPACITY } from '../model/coverage';
import { World } from '../world';
import { availability, coverage, devices, Grid, liveUptime, population } from './grid';
import { cellPocWeight, sumPocWeights } from './rewards';

const AVAILABILITY_SLA: f64 = 0.99;

export function spatialService(w: World, p: StaticArray<f64>, g: Grid): void {
	if (<i32>unchecked(p[P.network_kind]) == NETWORK_CAPACITY) {
		computeCapacity(w, p);
		g.pocWeights = sumPocWeights(g);
		return;
	}
	let weights: f64 = 0;
	let available: f64 = 0;
	let covered: f64 = 0;
	let live: f64 = 0;
	for (let i = 0; i < g.cells; i++) {
		if (unchecked(coverage[i]) > 0) {
			const pop = unchecked(population[i]);
			available += pop * unchecked(availability[i]);
			covered += pop;
		}
		live += unchecked(liveUptime[i]);
		if (unchecked(devices[i]) > 0) weights += cellPocWeight(i);
	}
	g.pocWeights = weights;
	const cpop = g.popTotal > 0.0 ? available / g.popTotal : 0.0;
	w.devicesLive = live;
	w.coverage = clamp(cpop, 0.0, 1.0);
	w.availability = covered > 0.0 ? available / covered : unchecked(p[P.uptime]);
	w.quality = clamp((w.coverage * w.availability) / AVAILABILITY_SLA, 0.0, 1.0);
	w.served = 1.0;
	w.market = unchecked(p[P.market_size]) * w.coverage;
}
