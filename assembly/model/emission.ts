// B2 Emission schedule, tokens/week, by policy (emission_mode):
//   0 halving E₀·2^(−⌊t/H⌋) (Helium HIP-20), 1 exponential decay E₀·e^(−λt/52) (Filecoin simple
//   minting), 2 fixed E₀, 3 two-step table: E₀ before week T_step, E_later from it (Render).
// Net emissions (HIP-20): burn_ema ← burn_ema + (b_{t−1} − burn_ema)/τ_NE; remint = min(burn_ema, NE_cap).
import { P } from '../generated/params';
import { World } from '../world';

export const EMISSION_HALVING: i32 = 0;
export const EMISSION_EXP_DECAY: i32 = 1;
export const EMISSION_FIXED: i32 = 2;
export const EMISSION_TABLE: i32 = 3;

export function scheduledEmission(week: i32, p: StaticArray<f64>): f64 {
	const e0 = unchecked(p[P.emission_initial]);
	const mode = <i32>unchecked(p[P.emission_mode]);
	const t = <f64>week;
	if (mode == EMISSION_EXP_DECAY) {
		return e0 * Math.exp((-unchecked(p[P.emission_decay_rate]) * t) / 52.0);
	}
	if (mode == EMISSION_FIXED) return e0;
	if (mode == EMISSION_TABLE) {
		return t < unchecked(p[P.emission_step_week]) ? e0 : unchecked(p[P.emission_after_step]);
	}
	return e0 * halvingFactor(-Math.floor(t / unchecked(p[P.halving_weeks])));
}

// 2^(−⌊t/H⌋) changes only once every H weeks: pow runs when the exponent changes, and a repeat
// returns the value pow gave for the very same exponent.
let lastExponent: u64 = reinterpret<u64>(NaN);
let lastFactor: f64 = NaN;

function halvingFactor(exponent: f64): f64 {
	const bits = reinterpret<u64>(exponent);
	if (bits != lastExponent) {
		lastFactor = Math.pow(2.0, exponent);
		lastExponent = bits;
	}
	return lastFactor;
}

export function stepEmission(w: World, p: StaticArray<f64>): void {
	w.emission = scheduledEmission(w.week, p);
	// w.burn still holds last week's burn here: B6 overwrites it later this week.
	w.burnEma += (w.burn - w.burnEma) / unchecked(p[P.burn_smoothing]);
	w.remint = Math.min(w.burnEma, unchecked(p[P.remint_cap]));
}
