/**
 * DePIN against the centralised cloud, from the run's metrics and the scenario's parameters:
 * what users pay per unit against the incumbent, who paid for the devices (miners' hardware
 * against the emissions they received and the usage revenue), and the subsidy per unit served
 * (MODEL.md B10: E·P / units). Pure: unit-tested in tests/unit/charts/cloud.test.ts.
 *
 * Two figures are not metrics of the core and are computed here:
 * - emissions received by miners = s_m'·(E + remint)·P, with the miners' share s_m' scaled down
 *   as the core does when the shares sum to more than 1 (assembly/model/pools.ts, D10), and
 *   valued at the week's closing price (the core pays at the price before B9 moves it);
 * - units served = users × usage per user × share of demand served (revenue = units × p_s).
 * Miners' hardware spend is the manufacturers' revenue, Σ shipments × device price (which
 * includes any equipment-rule surcharge).
 */
import { formatNumber, formatPercent, formatUsd } from '../lib/format';
import { metricColumn } from '../model/metrics';
import type { SeriesSource } from './chart-types';
import { DerivedSource, columnOf, cumulative } from './derived-source';
import { formatPrice } from './formats';

/** Below one unit served a week there is nothing to divide the subsidy by. */
export const MIN_UNITS_PER_WEEK = 1;

/** Columns of the series cloudSeries() derives. */
export const CLOUD = {
	hardwareCum: 0,
	minerEmissionsCum: 1,
	revenueCum: 2,
	unitsServed: 3,
	subsidyPerUnit: 4,
	pricePerUnit: 5,
	cloudPerUnit: 6,
	savingsCum: 7,
	emissionsCum: 8,
	unitsCum: 9
} as const;

type Params = Readonly<Record<string, number>>;

/** The miners' share of each week's minted tokens, scaled as the core does (D10). */
export function minerShareOf(params: Params): number {
	const shares = [
		'miner_share',
		'builder_share_infra',
		'builder_share_app',
		'investor_share',
		'validator_share'
	].map((key) => params[key] ?? 0);
	const sum = shares.reduce((a, b) => a + b, 0);
	return shares[0] * (sum > 1 ? 1 / sum : 1);
}

export function cloudSeries(run: SeriesSource, params: Params): DerivedSource {
	const n = run.length;
	const at = (key: string) => columnOf(run, metricColumn(key));
	const [users, usage, served, emission, remint, price, emissionsUsd, revenue, hardware] = [
		'users',
		'usage_per_user',
		'served_share',
		'emission_tokens',
		'remint_tokens',
		'price_usd',
		'emissions_usd',
		'revenue_usd',
		'manufacturer_revenue_usd'
	].map(at);
	const share = minerShareOf(params);
	const servicePrice = params.service_price_usd ?? 0;
	const cloudPrice = params.cloud_price_usd ?? 0;

	const units = new Float64Array(n);
	const minerUsd = new Float64Array(n);
	const subsidy = new Float64Array(n);
	const savings = new Float64Array(n);
	for (let w = 0; w < n; w++) {
		units[w] = users[w] * usage[w] * served[w];
		minerUsd[w] = share * (emission[w] + remint[w]) * price[w];
		subsidy[w] = units[w] >= MIN_UNITS_PER_WEEK ? emissionsUsd[w] / units[w] : NaN;
		savings[w] = cloudPrice > 0 ? units[w] * (cloudPrice - servicePrice) : 0;
	}
	return new DerivedSource(
		[
			cumulative(hardware),
			cumulative(minerUsd),
			cumulative(revenue),
			units,
			subsidy,
			new Float64Array(n).fill(servicePrice),
			new Float64Array(n).fill(cloudPrice > 0 ? cloudPrice : NaN),
			cumulative(savings),
			cumulative(emissionsUsd),
			cumulative(units)
		],
		n
	);
}

export interface CloudSummary {
	readonly week: number;
	readonly servicePrice: number;
	/** null: no centralised comparator (price 0). */
	readonly cloudPrice: number | null;
	/** (cloud − DePIN)/cloud: positive when the DePIN service is cheaper. */
	readonly discount: number | null;
	/** What one user pays a week, on the network and at the incumbent. */
	readonly userBillWeek: number;
	readonly cloudBillWeek: number | null;
	readonly hardwareCum: number;
	readonly minerEmissionsCum: number;
	readonly revenueCum: number;
	/** This week's emissions value per unit served (NaN below MIN_UNITS_PER_WEEK). */
	readonly subsidyPerUnit: number;
	/** All emissions to date per unit served to date. */
	readonly subsidyPerUnitToDate: number;
	readonly savingsCum: number;
}

/** The figures at `week` (which must be held by `derived`). */
export function cloudSummary(
	derived: SeriesSource,
	run: SeriesSource,
	params: Params,
	week: number
): CloudSummary {
	const servicePrice = params.service_price_usd ?? 0;
	const cloud = params.cloud_price_usd ?? 0;
	const cloudPrice = cloud > 0 ? cloud : null;
	const usage = run.value(week, metricColumn('usage_per_user'));
	const unitsCum = derived.value(week, CLOUD.unitsCum);
	return {
		week,
		servicePrice,
		cloudPrice,
		discount: cloudPrice === null ? null : (cloudPrice - servicePrice) / cloudPrice,
		userBillWeek: servicePrice * usage,
		cloudBillWeek: cloudPrice === null ? null : cloudPrice * usage,
		hardwareCum: derived.value(week, CLOUD.hardwareCum),
		minerEmissionsCum: derived.value(week, CLOUD.minerEmissionsCum),
		revenueCum: derived.value(week, CLOUD.revenueCum),
		subsidyPerUnit: derived.value(week, CLOUD.subsidyPerUnit),
		subsidyPerUnitToDate:
			unitsCum >= MIN_UNITS_PER_WEEK ? derived.value(week, CLOUD.emissionsCum) / unitsCum : NaN,
		savingsCum: derived.value(week, CLOUD.savingsCum)
	};
}

/** "3.2×" for a ratio of two amounts, or null when the base is zero. */
export function multiple(amount: number, base: number): number | null {
	return base > 0 && Number.isFinite(amount) ? amount / base : null;
}

export interface CloudSentences {
	readonly price: string;
	readonly savings: string | null;
	readonly capex: string;
	readonly subsidy: string;
}

/** How many times an amount covers the spend: "2.55× their spend", "47% of it". */
function cover(value: number | null, whole: string, part: string): string {
	if (value === null) return '–';
	if (value >= 1) {
		const n = value >= 10 ? Math.round(value).toLocaleString('en-GB') : formatNumber(value);
		return `${n}× ${whole}`;
	}
	return value >= 0.01 ? `${formatPercent(value)} of ${part}` : `less than 1% of ${part}`;
}

/** The panel's plain-words reading of a summary. */
export function cloudSentences(s: CloudSummary): CloudSentences {
	const bill = `A user pays ${formatPrice(s.userBillWeek)} a week`;
	const price =
		s.cloudPrice === null || s.discount === null || s.cloudBillWeek === null
			? `The network charges ${formatPrice(s.servicePrice)} per unit. There is no centralised comparator in this scenario (its price is 0). ${bill}.`
			: `The network charges ${formatPrice(s.servicePrice)} per unit, the centralised incumbent ${formatPrice(s.cloudPrice)}: ${
					s.discount >= 0
						? `${formatPercent(s.discount)} cheaper`
						: `${formatPercent(-s.discount)} dearer`
				}. ${bill}, against ${formatPrice(s.cloudBillWeek)} at the incumbent.`;
	const savings =
		s.cloudPrice === null
			? null
			: s.savingsCum >= 0
				? `Users have saved ${formatUsd(s.savingsCum)} to date against the incumbent's price.`
				: `Users have paid ${formatUsd(-s.savingsCum)} more to date than at the incumbent's price.`;
	const emissionsCover = multiple(s.minerEmissionsCum, s.hardwareCum);
	const revenueCover = multiple(s.revenueCum, s.hardwareCum);
	const capex =
		s.hardwareCum > 0
			? `Miners have spent ${formatUsd(s.hardwareCum)} on devices. Token emissions have paid them ${formatUsd(s.minerEmissionsCum)} (${cover(emissionsCover, 'their spend', 'their spend')}); users have paid ${formatUsd(s.revenueCum)} for the service (${cover(revenueCover, 'that', 'it')}).`
			: `No devices have been bought yet. Token emissions have paid miners ${formatUsd(s.minerEmissionsCum)}; users have paid ${formatUsd(s.revenueCum)}.`;
	const subsidy = Number.isFinite(s.subsidyPerUnit)
		? `This week the protocol minted ${formatPrice(s.subsidyPerUnit)} of tokens per unit served, against ${formatPrice(s.servicePrice)} paid by the user${
				Number.isFinite(s.subsidyPerUnitToDate)
					? `; ${formatPrice(s.subsidyPerUnitToDate)} per unit over the run so far`
					: ''
			}.`
		: 'Fewer than one unit of service a week is being served yet: no subsidy per unit to report.';
	return { price, savings, capex, subsidy };
}

export interface CapexBar {
	readonly id: 'hardware' | 'emissions' | 'revenue';
	readonly label: string;
	readonly value: number;
	/** Length relative to the longest bar, 0..1. */
	readonly share: number;
}

/** Who paid for the devices, as three bars on one linear scale. */
export function capexBars(s: CloudSummary): CapexBar[] {
	const bars = [
		{ id: 'hardware', label: 'Miners’ hardware spend', value: s.hardwareCum },
		{ id: 'emissions', label: 'Emissions received by miners', value: s.minerEmissionsCum },
		{ id: 'revenue', label: 'Usage revenue from users', value: s.revenueCum }
	] as const;
	const max = Math.max(...bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)));
	return bars.map((b) => ({
		...b,
		share: max > 0 && Number.isFinite(b.value) ? Math.max(0, b.value) / max : 0
	}));
}
