/**
 * What the brief's market projection (today's ≈13 million devices growing 100–1000×) would
 * ask of a network in this model, computed from the scenario's own levers so that the page
 * stays true when they move. It is arithmetic on the model's equations (docs/model.md B5, B7,
 * B8, B3), not a forecast: the projection is the brief's, not ours.
 */
import type { ParamValues } from '../scenario/schema';

/** Devices interacting with DePIN networks today (brief: "13M+ devices globally"). */
export const DEVICES_TODAY = 13_000_000;
/** The growth the brief projects: 100× to 1000×. */
export const GROWTH_MULTIPLES = [100, 1000] as const;
/** People on Earth, roughly: a ceiling for any count of users. */
export const WORLD_POPULATION = 8_000_000_000;
/** Earth's land area, km². */
export const EARTH_LAND_KM2 = 149_000_000;
/** One service-area cell in km² (schema `world_cells`: 200k resolution-8 hexes ≈ 150,000 km²). */
export const KM2_PER_CELL = 0.75;

export interface GrowthNeeds {
	readonly multiple: number;
	readonly devices: number;
	/**
	 * Usage revenue per year that lets the devices pay for themselves with no subsidy: each
	 * online device must earn its running cost plus the hurdle return on its price (B8 orders
	 * only start above the hurdle rate h), so D·u·(h·c_cap + 12·c_op).
	 */
	readonly revenueUsdPerYear: number;
	/** What one user pays per year at the scenario's usage and price (B5: q₀·p_s a week). */
	readonly spendPerUserUsdPerYear: number;
	/** Users that revenue takes at that spend (Infinity when users pay nothing). */
	readonly users: number;
	/** `users` over the scenario's addressable users M_max. */
	readonly usersPerAddressable: number;
	/** `users` over the people on Earth. */
	readonly usersPerPerson: number;
	/** Spend per person per year if every person on Earth were a user. */
	readonly spendPerPersonUsdPerYear: number;
	/** Coverage networks: km² the devices cover side by side, k_cov cells each (B3); else null. */
	readonly areaKm2: number | null;
	/** `areaKm2` over Earth's land area; null for capacity networks. */
	readonly areaPerEarthLand: number | null;
}

export function growthNeeds(params: Readonly<ParamValues>, multiple: number): GrowthNeeds {
	const devices = DEVICES_TODAY * multiple;
	const perDevicePerYear =
		params.uptime *
		(params.roi_hurdle * params.device_capex_usd + 12 * params.device_opex_usd_month);
	const revenueUsdPerYear = devices * perDevicePerYear;
	const spendPerUserUsdPerYear = 52 * params.usage_per_user * params.service_price_usd;
	const users = spendPerUserUsdPerYear > 0 ? revenueUsdPerYear / spendPerUserUsdPerYear : Infinity;
	const coverage = params.network_kind === 0;
	const areaKm2 = coverage ? devices * params.coverage_cells_per_device * KM2_PER_CELL : null;
	return {
		multiple,
		devices,
		revenueUsdPerYear,
		spendPerUserUsdPerYear,
		users,
		usersPerAddressable: users / params.market_size,
		usersPerPerson: users / WORLD_POPULATION,
		spendPerPersonUsdPerYear: revenueUsdPerYear / WORLD_POPULATION,
		areaKm2,
		areaPerEarthLand: areaKm2 === null ? null : areaKm2 / EARTH_LAND_KM2
	};
}
