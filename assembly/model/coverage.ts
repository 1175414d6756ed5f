// B3 Service quality, aggregate engine: the territory is split into J density classes with
// Zipf population shares w_j and equal area shares a_j = 1/J. Devices are placed with shares
// φ_j ∝ a_j·(w_j/a_j)^α_loc; m_j = φ_j·D·k_cov/(a_j·A_cells) device footprints per cell.
// J = density_classes (1 to 10). Coverage c_j = 1 − e^(−m_j(1−g)), availability avail_j = 1 − e^(−u(1−g)m_j),
// C_pop = clip(Σ w_j·avail_j, 0, 1), Ā = Σ w_j·avail_j / Σ w_j·c_j (u when nothing is covered, D4),
// Q = clip(C_pop·Ā/A_SLA, 0, 1) (D6). See docs/model.md, MODEL.md §6.3 B3.
import { P } from '../generated/params';
import { clamp } from '../math';
import { World } from '../world';

const AVAILABILITY_SLA: f64 = 0.99;

export function computeCoverage(w: World, p: StaticArray<f64>): void {
	const d = w.devices;
	const uptime = unchecked(p[P.uptime]);
	const honest = 1.0 - unchecked(p[P.gaming_share]);
	const bias = unchecked(p[P.urban_bias]);
	const classes = <i32>unchecked(p[P.density_classes]);
	const area = 1.0 / <f64>classes;

	// Normalisers of the Zipf population shares and of the placement shares.
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

	const footprints = (d * unchecked(p[P.coverage_cells_per_device])) / unchecked(p[P.world_cells]);
	let covered: f64 = 0;
	let available: f64 = 0;
	for (let j = 0; j < classes; j++) {
		const wj = 1.0 / <f64>(j + 1) / zipfSum;
		const phi = (area * Math.pow(wj / area, bias)) / placeSum;
		const m = (phi * footprints) / area;
		covered += wj * (1.0 - Math.exp(-m * honest));
		available += wj * (1.0 - Math.exp(-uptime * honest * m));
	}

	w.devicesLive = d * uptime * honest;
	// The Zipf shares sum to 1 only up to rounding: keep C_pop a share (I12).
	w.coverage = clamp(available, 0.0, 1.0);
	w.availability = covered > 0.0 ? available / covered : uptime;
	w.quality = clamp((available * w.availability) / AVAILABILITY_SLA, 0.0, 1.0);
}
