// B1 Exogenous market: a two-state (bull/bear) Markov regime with mean durations d_bull and
// d_bear, and the crypto market index X: ln X += μ_r·Δt + σ_X·√Δt·ε (Δt = 1/52 year).
// The token follows Δln X with beta β_X (B9). Regime switches and ε use separate streams.
// Deterministic mode: regimes alternate after exactly d_bull and d_bear weeks and ε = 0 (the
// streams are still drawn, so switching modes never shifts them).
import { P } from '../generated/params';
import { Rng } from '../rng';
import { World } from '../world';
import { derived } from './derived';

const WEEKS_PER_YEAR: f64 = 52.0;
export const MARKET_DETERMINISTIC: i32 = 1;

export function stepMarket(w: World, p: StaticArray<f64>, marketRng: Rng, regimeRng: Rng): void {
	const deterministic = <i32>unchecked(p[P.market_mode]) == MARKET_DETERMINISTIC;
	const meanWeeks = w.bull ? unchecked(p[P.bull_weeks]) : unchecked(p[P.bear_weeks]);
	const draw = regimeRng.uniform();
	w.regimeAge += 1;
	const ends = deterministic
		? <f64>w.regimeAge > meanWeeks
		: draw < (w.bull ? derived.bullEndChance : derived.bearEndChance);
	if (ends) {
		w.bull = !w.bull;
		w.regimeAge = 0;
	}
	let drift = w.bull ? derived.bullDrift : derived.bearDrift; // μ_r·Δt
	if (w.forcedRegime >= 0) {
		// A scripted bull or bear market (events.ts) overrides the regime and its drift.
		w.bull = w.forcedRegime == 1;
		w.regimeAge = 0;
		drift = w.forcedDrift / WEEKS_PER_YEAR;
	}
	const normal = marketRng.normal();
	const eps = deterministic ? 0.0 : normal;
	w.dLnMarket = drift + derived.weeklyVolatility * eps;
	w.lnMarket += w.dLnMarket;
}
