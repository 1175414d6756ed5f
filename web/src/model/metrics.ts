/**
 * The weekly metrics the core writes, one row per week (week 0 is the initial state).
 * The order IS the column index in the core's series buffer (scripts/gen-core-ids.mjs writes
 * assembly/generated/metrics.ts from this list). Keys match the command line's CSV columns.
 */
export interface MetricSpec {
	readonly key: string;
	readonly label: string;
	readonly unit: string;
}

function metric(key: string, label: string, unit: string): MetricSpec {
	return { key, label, unit };
}

export const METRICS: readonly MetricSpec[] = [
	metric('week', 'Week', 'weeks'),
	metric('devices', 'Devices (listed)', 'devices'),
	metric('devices_live', 'Devices online and honest', 'devices'),
	metric('users', 'Users', 'users'),
	metric('coverage', 'Population coverage', ''),
	metric('quality', 'Service quality', ''),
	metric('price_usd', 'Token price', 'USD'),
	metric('supply_total', 'Total supply (circulating + locked)', 'tokens'),
	metric('minted_cum', 'Minted to date', 'tokens'),
	metric('burned_cum', 'Burned to date', 'tokens'),
	metric('emission_tokens', 'Emission', 'tokens/week'),
	metric('burn_tokens', 'Burn', 'tokens/week'),
	metric('revenue_usd', 'Usage revenue', 'USD/week'),
	metric('emissions_usd', 'Emissions value', 'USD/week'),
	metric('coverage_ratio', 'Coverage ratio (revenue / emissions)', ''),
	metric('miner_income_usd_month', 'Net income per device', 'USD/month'),
	metric('expected_income_usd_week', 'Expected net income per device', 'USD/week'),
	metric('roi_annual', 'Expected return on a device', '1/year'),
	metric('orders', 'Orders', 'devices/week'),
	metric('shipments', 'Shipments', 'devices/week'),
	metric('backlog', 'Manufacturer backlog', 'devices'),
	metric('capacity', 'Manufacturing capacity', 'devices/week'),
	metric('market_cap_usd', 'Market cap', 'USD'),
	metric('market_index', 'Crypto market index', ''),
	metric('adoption_gate', 'Share of users willing to switch', ''),
	// Appended with issue #3
	metric('builders_infra', 'Infrastructure builder teams', 'teams'),
	metric('builders_app', 'Application builder teams', 'teams'),
	metric('supply_circulating', 'Circulating supply', 'tokens'),
	metric('supply_locked', 'Locked (vesting) tokens', 'tokens'),
	metric('remint_tokens', 'Re-minted (net emissions)', 'tokens/week'),
	metric('unlock_tokens', 'Unlocked from vesting', 'tokens/week'),
	metric('grants_usd', 'Builder grants', 'USD/week'),
	metric('direct_usd', 'Revenue paid directly to providers', 'USD/week'),
	metric('manufacturer_revenue_usd', 'Manufacturer revenue', 'USD/week'),
	metric('lead_time_weeks', 'Delivery lead time', 'weeks'),
	metric('payback_months', 'Device payback (expected)', 'months'),
	metric('market_regime', 'Bull market (1) or bear (0)', ''),
	metric('inertia_effective', 'Effective inertia', 'value units'),
	metric('usage_per_user', 'Usage per user', 'units/week'),
	metric('app_attractiveness', 'App attractiveness', ''),
	metric('inertia_regulatory', 'Inertia added by regulation', 'value units'),
	metric('shipments_halted', 'Share of shipments halted', ''),
	metric('devices_banned', 'Devices removed by bans', 'devices/week'),
	metric('devices_relocating', 'Devices relocating after a ban', 'devices'),
	metric('events_active', 'Events in effect', 'events'),
	metric('served_share', 'Share of demand served', '')
];

export const METRIC_INDEX: ReadonlyMap<string, number> = new Map(METRICS.map((m, i) => [m.key, i]));

export const METRIC_COUNT = METRICS.length;

/** Column index of a metric key; throws on a typo, which is a programming error. */
export function metricColumn(key: string): number {
	const i = METRIC_INDEX.get(key);
	if (i === undefined) throw new Error(`unknown metric ${key}`);
	return i;
}
