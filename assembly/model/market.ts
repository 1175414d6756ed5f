// B1 Exogenous market: the crypto market index X follows a seeded random walk,
// ln X_{t+1} = ln X_t + σ_X·√Δt·ε (Δt = 1/52 year). The token price follows it with beta 1 (B9).
import { P } from '../generated/params';
import { Rng } from '../rng';
import { World } from '../world';

const SQRT_WEEK_IN_YEARS: f64 = 0.13867504905630729; // √(1/52)

export function stepMarket(w: World, p: StaticArray<f64>, rng: Rng): void {
	const eps = rng.normal();
	w.dLnMarket = unchecked(p[P.market_volatility]) * SQRT_WEEK_IN_YEARS * eps;
	w.lnMarket += w.dLnMarket;
}
