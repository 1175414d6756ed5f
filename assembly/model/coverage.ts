// B3 Service quality, aggregate engine: the territory is split into J density classes with
// Zipf population shares w_j and equal area shares a_j = 1/J. Devices are placed with shares
// φ_j ∝ a_j·(w_j/a_j)^α_loc; m_j = φ_j·D·k_cov/(a_j·A_cells) device footprints per cell.
// J = density_classes (1 to 10). Coverage c_j = 1 − e^(−m_j(1−g)), availability avail_j = 1 − e^(−u(1−g)m_j),
// C_pop = clip(Σ w_j·avail_j, 0, 1), Ā = Σ w_j·avail_j / Σ w_j·c_j (u when nothing is covered, D4),
// Q = clip(C_pop·Ā/A_SLA, 0, 1) (D6). See docs/model.md, MODEL.md §6.3 B3.
import { P } from '../generated/params';
import { InlineMath } from '../inline-math';
import { clamp } from '../math';
import { World } from '../world';

const AVAILABILITY_SLA: f64 = 0.99;

export const NETWORK_CAPACITY: i32 = 1;

/** B3 for either kind of network (network_kind). */
export function computeService(w: World, p: StaticArray<f64>): void {
	if (<i32>unchecked(p[P.network_kind]) == NETWORK_CAPACITY) computeCapacity(w, p);
	else computeCoverage(w, p);
}

// Capacity networks (storage, compute): K_net = D·u·(1−g)·cap_unit units/week; served =
// min(1, K_net/demand) with demand = U·q_u (served := 1 if K_net > 0 else 0 when there is no
// demand, D4); Q = clip(served·(1 − (1 − u)^k_rep)/A_SLA, 0, 1); market M = min(M_max, K_net/q_u)
// (D7: no capacity, no users). C_pop is reported as the served share.
export function computeCapacity(w: World, p: StaticArray<f64>): void {
	const uptime = unchecked(p[P.uptime]);
	w.devicesLive = w.devices * uptime * (1.0 - unchecked(p[P.gaming_share]));
	const capacity = w.devicesLive * unchecked(p[P.capacity_per_device]);
	const demand = w.users * w.usagePerUser;
	w.served = demand > 0.0 ? Math.min(1.0, capacity / demand) : capacity > 0.0 ? 1.0 : 0.0;
	w.availability = 1.0 - Math.pow(1.0 - uptime, unchecked(p[P.replication]));
	w.quality = clamp((w.served * w.availability) / AVAILABILITY_SLA, 0.0, 1.0);
	w.coverage = w.served;
	w.market =
		w.usagePerUser > 0.0
			? Math.min(unchecked(p[P.market_size]), capacity / w.usagePerUser)
			: capacity > 0.0
				? unchecked(p[P.market_size])
				: 0.0;
}

// Population share w_j and placement share φ_j of each class depend only on (α_loc, J): they are
// computed once per value pair, with exactly the operations of the reference, not every week.
const MAX_CLASSES: i32 = 10;
const classShare = new StaticArray<f64>(MAX_CLASSES);
const classPlacement = new StaticArray<f64>(MAX_CLASSES);
let cachedBias: f64 = NaN;
let cachedClasses: i32 = -1;

function updateClassShares(bias: f64, classes: i32): void {
	if (bias == cachedBias && classes == cachedClasses) return;
	const area = 1.0 / <f64>classes;
	let zipfSum: f64 = 0;
	let placeSum: f64 = 0;
	for (let j = 0; j < classes; j++) {
		const wj = 1.0 / <f64>(j + 1);
		zipfSum += wj;
	}
	for (let j = 0; j < classes; j++) {
		const wj = 1.0 / <f64>(j + 1) / zipfSum;
		placeSum += area * Math.pow(wj / area, bias);
	}
	for (let j = 0; j < classes; j++) {
		const wj = 1.0 / <f64>(j + 1) / zipfSum;
		unchecked((classShare[j] = wj));
		unchecked((classPlacement[j] = (area * Math.pow(wj / area, bias)) / placeSum));
	}
	cachedBias = bias;
	cachedClasses = classes;
}

export function computeCoverage(w: World, p: StaticArray<f64>): void {
	const d = w.devices;
	const uptime = unchecked(p[P.uptime]);
	const honest = 1.0 - unchecked(p[P.gaming_share]);
	const classes = min<i32>(<i32>unchecked(p[P.density_classes]), MAX_CLASSES);
	const area = 1.0 / <f64>classes;
	updateClassShares(unchecked(p[P.urban_bias]), classes);

	const footprints = (d * unchecked(p[P.coverage_cells_per_device])) / unchecked(p[P.world_cells]);
	const downHonest = -uptime * honest;
	let covered: f64 = 0;
	let available: f64 = 0;
	// Per class: covered += w_j·(1 − e^(−m_j·(1−g))), available += w_j·(1 − e^(−u·(1−g)·m_j)),
	// in class order. Where the build has SIMD (ASC_FEATURE_SIMD, a compile-time constant), two
	// classes at a time in f64x2 lanes (the twenty exps are most of the week's work); each lane
	// performs the scalar loop's operations in the scalar order, so both builds agree bit for bit.
	let j = 0;
	if (ASC_FEATURE_SIMD) {
		const shares = changetype<usize>(classShare);
		const placements = changetype<usize>(classPlacement);
		const one = f64x2.splat(1.0);
		for (; j + 1 < classes; j += 2) {
			const offset = (<usize>j) << 3;
			const wj = v128.load(shares + offset);
			const m = f64x2.div(
				f64x2.mul(v128.load(placements + offset), f64x2.splat(footprints)),
				f64x2.splat(area)
			);
			const c = InlineMath.expLanes(f64x2.mul(f64x2.neg(m), f64x2.splat(honest)));
			const a = InlineMath.expLanes(f64x2.mul(f64x2.splat(downHonest), m));
			const dc = f64x2.mul(wj, f64x2.sub(one, c));
			const da = f64x2.mul(wj, f64x2.sub(one, a));
			covered += f64x2.extract_lane(dc, 0);
			available += f64x2.extract_lane(da, 0);
			covered += f64x2.extract_lane(dc, 1);
			available += f64x2.extract_lane(da, 1);
		}
	}
	// The scalar twin: every class without SIMD, the odd last one with it.
	for (; j < classes; j++) {
		const wj = unchecked(classShare[j]);
		const m = (unchecked(classPlacement[j]) * footprints) / area;
		covered += wj * (1.0 - InlineMath.exp(-m * honest));
		available += wj * (1.0 - InlineMath.exp(downHonest * m));
	}

	w.devicesLive = d * uptime * honest;
	// The Zipf shares sum to 1 only up to rounding: keep C_pop a share (I12).
	w.coverage = clamp(available, 0.0, 1.0);
	w.availability = covered > 0.0 ? available / covered : uptime;
	w.quality = clamp((available * w.availability) / AVAILABILITY_SLA, 0.0, 1.0);
	w.served = 1.0;
	w.market = unchecked(p[P.market_size]) * w.coverage;
}
