/** The model invariants of MODEL.md §8 (I1, I12, no NaN) checked on a run's rows. */
import { METRICS, METRIC_COUNT, metricColumn } from '../../web/src/model/metrics';
import type { ParamValues } from '../../web/src/scenario/schema';

const col = (key: string) => metricColumn(key);
const STOCKS = [
	'devices',
	'devices_live',
	'users',
	'supply_total',
	'minted_cum',
	'burned_cum',
	'backlog',
	'capacity',
	'orders',
	'shipments',
	'burn_tokens',
	'emission_tokens',
	'revenue_usd'
];

/**
 * Returns the first broken invariant as text, or null. `deviceSlack`: devices the run may hold
 * beyond the miner pool (the spatial engine rounds D₀ and flows to whole devices).
 */
export function brokenInvariant(
	rows: Float64Array,
	params: ParamValues,
	deviceSlack = 0
): string | null {
	const weeks = rows.length / METRIC_COUNT;
	const s0 = rows[col('supply_total')];
	for (let w = 0; w < weeks; w++) {
		const at = (key: string) => rows[w * METRIC_COUNT + col(key)];
		for (let m = 0; m < METRIC_COUNT; m++) {
			if (!Number.isFinite(rows[w * METRIC_COUNT + m]))
				return `week ${w}: ${METRICS[m].key} is ${rows[w * METRIC_COUNT + m]}`;
		}
		for (const key of STOCKS) if (at(key) < 0) return `week ${w}: ${key} = ${at(key)} < 0`;
		if (!(at('price_usd') > 0)) return `week ${w}: price ${at('price_usd')} not > 0`;
		for (const key of ['coverage', 'quality', 'adoption_gate']) {
			if (at(key) < 0 || at(key) > 1) return `week ${w}: ${key} = ${at(key)} outside [0, 1]`;
		}
		if (at('users') > params.market_size * (1 + 1e-12)) return `week ${w}: users exceed the market`;
		// I1: the ledger balances: S_t = S_0 + minted − burned, to float precision.
		const expected = s0 + at('minted_cum') - at('burned_cum');
		const scale = Math.max(Math.abs(expected), at('minted_cum'), 1);
		if (Math.abs(at('supply_total') - expected) / scale > 1e-12)
			return `week ${w}: supply ${at('supply_total')} ≠ ${expected}`;
		// Same float tolerance as I1 (the exact integer ledger: tests/wasm/ledger.test.ts).
		if (at('burned_cum') > (at('minted_cum') + s0) * (1 + 1e-12))
			return `week ${w}: burned ${at('burned_cum')} > minted ${at('minted_cum')} + S0 ${s0}`;
		if (
			at('devices') + at('backlog') >
			params.max_miners * (1 + 1e-9) + params.initial_devices + deviceSlack
		) {
			return `week ${w}: devices + backlog exceed the miner pool`;
		}
	}
	return null;
}

/** MODEL.md I2: no subsidy, no devices, no users, no innovators (everything else as given). */
export function nullCase(params: ParamValues): ParamValues {
	return {
		...params,
		emission_initial: 0,
		// The two-step table mints emission_after_step from its step week on: no subsidy means none.
		emission_after_step: 0,
		initial_devices: 0,
		initial_users: 0,
		innovator_miners: 0
	};
}
