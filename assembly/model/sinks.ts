// B6 Sinks: what usage revenue R does (sink_mode).
//   0 burn and mint: b = φ_b·R/P tokens are bought and burned; providers are paid from emissions.
//   1 buyback and burn: providers get (1 − f_take)·R in USD; the take buys and burns f_take·R/P.
//   2 direct payment: providers get (1 − f_take)·R in USD; nothing is burned.
// The burn never exceeds circulating supply: b ≤ S (MODEL.md §12.4 D5).
import { P } from '../generated/params';
import { World } from '../world';

export const SINK_BME: i32 = 0;
export const SINK_BUYBACK: i32 = 1;
export const SINK_DIRECT: i32 = 2;

export function stepSinks(w: World, p: StaticArray<f64>): void {
	const mode = <i32>unchecked(p[P.sink_mode]);
	const take = unchecked(p[P.take_rate]);
	let burnUsd: f64 = 0;
	if (mode == SINK_BME) {
		burnUsd = unchecked(p[P.burn_share]) * w.revenue;
		w.directUsd = 0;
	} else {
		burnUsd = mode == SINK_BUYBACK ? take * w.revenue : 0.0;
		w.directUsd = (1.0 - take) * w.revenue;
	}
	w.burn = Math.min(burnUsd / w.price, w.supply);
}
