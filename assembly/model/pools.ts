// B7 Reward pools: each week's minted tokens (E + remint) are split between miners s_m,
// infrastructure and application builders s_bI, s_bA, investors and team s_inv (locked, then
// vested) and validators s_val; the treasury takes what is left. If the shares sum to more than
// 1 the treasury gets nothing and all shares are scaled down to sum to 1 (MODEL.md §12.4 D10).
import { P } from '../generated/params';

function shareScale(p: StaticArray<f64>): f64 {
	const sum =
		unchecked(p[P.miner_share]) +
		unchecked(p[P.builder_share_infra]) +
		unchecked(p[P.builder_share_app]) +
		unchecked(p[P.investor_share]) +
		unchecked(p[P.validator_share]);
	return sum > 1.0 ? 1.0 / sum : 1.0;
}

export function minerShare(p: StaticArray<f64>): f64 {
	return unchecked(p[P.miner_share]) * shareScale(p);
}

export function builderInfraShare(p: StaticArray<f64>): f64 {
	return unchecked(p[P.builder_share_infra]) * shareScale(p);
}

export function builderAppShare(p: StaticArray<f64>): f64 {
	return unchecked(p[P.builder_share_app]) * shareScale(p);
}

export function investorShare(p: StaticArray<f64>): f64 {
	return unchecked(p[P.investor_share]) * shareScale(p);
}
