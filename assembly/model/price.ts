// B9 Market: token flows move the price, then the ledger is updated.
// Speculation Spec = MC·[ζ_g·clip(ĝ, ±g_max) − ζ_v·ln(MC/MC*)], MC = P·S (circulating),
// MC* = m_rev·52·R + MC_floor. Buy = b·P (tokens bought to burn) + Spec⁺;
// Sell = P·(σ_m·miners' tokens + σ_b·builders' tokens + σ_i·unlocked) + Spec⁻.
// Bounded step (D3): ln P += κ_p·ln((MC + Buy)/(MC + Sell)) + β_X·Δln X; frozen while S = 0 (D4).
// Ledger: S += (E + remint) − locked + unlock − b; L += locked − unlock; minted += E + remint;
// burned += b. So S + L = S₀ + minted − burned (I1) up to rounding; the integer ledger
// (ledger.ts) converts these same flows to base units and balances exactly.
import { P } from '../generated/params';
import { InlineMath } from '../inline-math';
import { clamp } from '../math';
import { World } from '../world';
import { stepLedger } from './ledger';

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
			unchecked(p[P.fundamentals_pull]) * InlineMath.log(mc / fundamental) +
			w.specShock);
	const buy = w.burn * w.price + Math.max(0.0, spec);
	const sold =
		unchecked(p[P.miner_sell_fraction]) * w.minerTokens +
		unchecked(p[P.builder_sell_fraction]) * w.builderTokens +
		unchecked(p[P.investor_sell_fraction]) * w.unlock;
	const sell = w.price * sold + Math.max(0.0, -spec);

	const hadMarket = w.supply > 0.0;
	const minted = w.emission + w.remint;
	w.supply = w.supply + minted - w.lockedTokens + w.unlock - w.burn;
	w.locked = w.locked + w.lockedTokens - w.unlock;
	w.minted += minted;
	w.burned += w.burn;
	stepLedger(w);

	if (hadMarket) {
		const dLnP =
			unchecked(p[P.price_impact]) * w.kappaMult * InlineMath.log((mc + buy) / (mc + sell)) +
			unchecked(p[P.market_beta]) * w.dLnMarket;
		w.price = clamp(w.price * InlineMath.exp(dLnP), PRICE_MIN, PRICE_MAX);
	}
	w.marketCap = w.price * w.supply;
}
