// B2 Emission schedule (halving policy, Helium HIP-20): E_t = E₀·2^(−⌊t/H⌋) tokens/week.
import { P } from '../generated/params';
import { World } from '../world';

export function stepEmission(w: World, p: StaticArray<f64>): void {
	const halvings = Math.floor(<f64>w.week / unchecked(p[P.halving_weeks]));
	w.emission = unchecked(p[P.emission_initial]) * Math.pow(2.0, -halvings);
}
