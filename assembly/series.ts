// B10 Metrics: one row of METRIC_COUNT f64 per week, in a buffer preallocated for MAX_WEEKS.
// Memory layout (row-major): series[week * METRIC_COUNT + metric]; the host reads rows
// through seriesPtr() and copies them out (views die if memory ever grows).
import { M, METRIC_COUNT } from './generated/metrics';
import { annualRoi, capexNow, leadTimeWeeks, monthlyIncome, paybackMonths } from './model/supply';
import { InlineMath } from './inline-math';
import { World } from './world';

export const MAX_WEEKS: i32 = 1040;
/** Below a micro-dollar a week there are no emissions to compare with: the ratio reads 0. */
export const RATIO_MIN_EMISSIONS_USD: f64 = 1e-6;

export const series = new StaticArray<f64>((MAX_WEEKS + 1) * METRIC_COUNT);

export function writeRow(w: World, p: StaticArray<f64>): void {
	const o = w.week * METRIC_COUNT;
	const emissionsUsd = w.emission * w.price;
	unchecked((series[o + M.week] = <f64>w.week));
	unchecked((series[o + M.devices] = w.devices));
	unchecked((series[o + M.devices_live] = w.devicesLive));
	unchecked((series[o + M.users] = w.users));
	unchecked((series[o + M.coverage] = w.coverage));
	unchecked((series[o + M.quality] = w.quality));
	unchecked((series[o + M.price_usd] = w.price));
	unchecked((series[o + M.supply_total] = w.supply + w.locked));
	unchecked((series[o + M.minted_cum] = w.minted));
	unchecked((series[o + M.burned_cum] = w.burned));
	unchecked((series[o + M.emission_tokens] = w.emission));
	unchecked((series[o + M.burn_tokens] = w.burn));
	unchecked((series[o + M.revenue_usd] = w.revenue));
	unchecked((series[o + M.emissions_usd] = emissionsUsd));
	unchecked(
		(series[o + M.coverage_ratio] =
			emissionsUsd >= RATIO_MIN_EMISSIONS_USD ? w.revenue / emissionsUsd : 0.0)
	);
	unchecked((series[o + M.miner_income_usd_month] = monthlyIncome(w)));
	unchecked((series[o + M.expected_income_usd_week] = w.expectedIncome));
	unchecked((series[o + M.roi_annual] = annualRoi(w, p)));
	unchecked((series[o + M.orders] = w.orders));
	unchecked((series[o + M.shipments] = w.shipments));
	unchecked((series[o + M.backlog] = w.backlog));
	unchecked((series[o + M.capacity] = w.capacity));
	unchecked((series[o + M.market_cap_usd] = w.marketCap));
	unchecked((series[o + M.market_index] = InlineMath.exp(w.lnMarket)));
	unchecked((series[o + M.adoption_gate] = w.gate));
	unchecked((series[o + M.builders_infra] = w.buildersInfra));
	unchecked((series[o + M.builders_app] = w.buildersApp));
	unchecked((series[o + M.supply_circulating] = w.supply));
	unchecked((series[o + M.supply_locked] = w.locked));
	unchecked((series[o + M.remint_tokens] = w.remint));
	unchecked((series[o + M.unlock_tokens] = w.unlock));
	unchecked((series[o + M.grants_usd] = w.grantsUsd));
	unchecked((series[o + M.direct_usd] = w.directUsd));
	unchecked((series[o + M.manufacturer_revenue_usd] = w.shipments * capexNow(w, p)));
	unchecked((series[o + M.lead_time_weeks] = leadTimeWeeks(w)));
	unchecked((series[o + M.payback_months] = paybackMonths(w, p)));
	unchecked((series[o + M.market_regime] = w.bull ? 1.0 : 0.0));
	unchecked((series[o + M.inertia_effective] = w.inertiaNow));
	unchecked((series[o + M.usage_per_user] = w.usagePerUser));
	unchecked((series[o + M.app_attractiveness] = w.appAttract));
	unchecked((series[o + M.inertia_regulatory] = w.inertiaReg));
	unchecked((series[o + M.shipments_halted] = w.shipHalt));
	unchecked((series[o + M.devices_banned] = w.banned));
	unchecked((series[o + M.devices_relocating] = w.relocating));
	unchecked((series[o + M.events_active] = <f64>w.eventsActive));
	unchecked((series[o + M.served_share] = w.served));
}
