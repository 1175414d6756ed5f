// HIP-17 hex-density scaling (MODEL.md §4.3, §6.4 rule 4, I9), one resolution only:
// occupied = occupied hexes among a cell and its 6 neighbours (0–7);
// limit = min(D_max, D_tgt·max(1, occupied − N + 1)); a device's reward scale = min(n, limit)/n.
// I9 examples: 1 occupied hex → 1; 3 occupied with N = 2 → 2; 7 occupied → capped at 4.

export const DENSITY_TARGET: i32 = 1;
export const DENSITY_THRESHOLD: i32 = 2;
export const DENSITY_MAX: i32 = 4;

export function hip17Limit(occupied: i32, target: i32, threshold: i32, max: i32): i32 {
	const steps = occupied - threshold + 1;
	return min<i32>(max, target * (steps > 1 ? steps : 1));
}

/** Reward scale of each of the n devices in a cell whose density limit is `limit`. */
export function hip17Scale(n: i32, limit: i32): f64 {
	return n <= 0 ? 1.0 : <f64>min<i32>(n, limit) / <f64>n;
}
