// B9 Market: token flows move the price, then the ledger is updated.
// Speculation Spec = MC·[ζ_g·clip(ĝ, ±g_max) − ζ_v·ln(MC/MC*)], MC* = m_rev·52·R + MC_floor.
// Buy = φ_b·R + Spec⁺; Sell = P·σ_m·s_m·E + Spec⁻.
// Bounded step (D3): ln P += κ_p·ln((MC + Buy)/(MC + Sell)) + Δln X; frozen while S = 0 (D4).
// Ledger: S += E − b; minted += E; burned += b (I1 holds exactly in the sums of these flows).
import { P } from '../generated/params';
import { clamp } from '../math';
import { World } from '../world';

const GROWTH_CLIP: f64 = 0.05; // g_max, 1/week
const PRICE_MIN: f64 = 1e-9; // USD; keeps P > 0 and finite (I12)
const PRICE_MAX: f64 = 1e9;

export function stepPrice(w: World, p: StaticArray<f64>): void {
	const mc = Math.max(w.price * w.supply, 1.0);
	const fundamental = Math.max(
		unchecked(p[P.revenue_multiple]) * 52.0 * w.revenue + unchecked(p[P.speculative_floor_usd]),
		1.0
	);
	const spec =
		mc *
		(unchecked(p[P.momentum]) * clamp(w.growthEma, -GROWTH_CLIP, GROWTH_CLIP) -
			unchecked(p[P.fundamentals_pull]) * Math.log(mc / fundamental));
	const buy = unchecked(p[P.burn_share]) * w.revenue + Math.max(0.0, spec);
	const sell =
		w.price * unchecked(p[P.miner_sell_fraction]) * unchecked(p[P.miner_share]) * w.emission +
		Math.max(0.0, -spec);

	const hadMarket = w.supply > 0.0;
	w.supply = w.supply + w.emission - w.burn;
	w.minted += w.emission;
	w.burned += w.burn;

	if (hadMarket) {
		const dLnP = unchecked(p[P.price_impact]) * Math.log((mc + buy) / (mc + sell)) + w.dLnMarket;
		w.price = clamp(w.price * Math.exp(dLnP), PRICE_MIN, PRICE_MAX);
	}
	w.marketCap = w.price * w.supply;
}
