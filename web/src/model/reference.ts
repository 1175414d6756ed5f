/**
 * The reference model: a plain TypeScript implementation of the same aggregate engine as the
 * WASM core (assembly/), written for reading rather than speed. It is the oracle of the
 * differential tests (bit-identical to the `test` build, which uses the host's Math) and the
 * baseline of the benchmark. It is never shipped in the app bundle.
 * Every line mirrors a line of assembly/model/*.ts: same IEEE operations in the same order.
 * Units: weeks, USD, whole tokens. Equations: docs/model.md.
 */
import { METRIC_COUNT, METRIC_INDEX } from './metrics';
import { Rng, STREAM_MARKET } from './rng';
import type { ParamValues } from '../scenario/schema';

const WEEKS_PER_YEAR = 52;
const WEEKS_PER_MONTH = 52 / 12;
const DENSITY_CLASSES = 10;
const AVAILABILITY_SLA = 0.99;
const EXCESS_CHURN = 0.1;
const GROWTH_SMOOTHING = 4;
const GROWTH_CLIP = 0.05;
const PRICE_MIN = 1e-9;
const PRICE_MAX = 1e9;
const SQRT_WEEK_IN_YEARS = 0.13867504905630729;
const INV_SQRT_2PI = 0.3989422804014327;
export const MAX_WEEKS = 1040;
const RATIO_MIN_EMISSIONS_USD = 1e-6;

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

function normalCdf(x: number): number {
	const z = Math.abs(x);
	const t = 1 / (1 + 0.2316419 * z);
	const poly =
		t *
		(0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
	const upper = INV_SQRT_2PI * Math.exp(-0.5 * z * z) * poly;
	return x >= 0 ? 1 - upper : upper;
}

export class ReferenceModel {
	readonly series = new Float64Array((MAX_WEEKS + 1) * METRIC_COUNT);
	week = 0;
	private p: ParamValues;
	private rng = new Rng(0, STREAM_MARKET);
	// stocks
	private devices = 0;
	private backlog = 0;
	private capacity = 0;
	private expectedIncome = 0;
	private users = 0;
	private price = 0;
	private supply = 0;
	private minted = 0;
	private burned = 0;
	private lnMarket = 0;
	private growthEma = 0;
	// flows of the latest step
	private dLnMarket = 0;
	private emission = 0;
	private burn = 0;
	private revenue = 0;
	private income = 0;
	private orders = 0;
	private shipments = 0;
	private devicesLive = 0;
	private coverage = 0;
	private availability = 0;
	private quality = 0;
	private gate = 0;
	private marketCap = 0;

	constructor(params: ParamValues) {
		this.p = { ...params };
	}

	setParam(key: string, value: number): void {
		this.p[key] = value;
	}

	init(seed: number): void {
		const p = this.p;
		this.week = 0;
		this.devices = p.initial_devices;
		this.backlog = 0;
		this.capacity = p.initial_capacity;
		this.expectedIncome = 0;
		this.users = Math.min(p.initial_users, p.market_size);
		this.price = p.initial_price_usd;
		this.supply = p.initial_supply;
		this.minted = 0;
		this.burned = 0;
		this.lnMarket = 0;
		this.growthEma = 0;
		this.dLnMarket = 0;
		this.emission = 0;
		this.burn = 0;
		this.revenue = 0;
		this.income = 0;
		this.orders = 0;
		this.shipments = 0;
		this.gate = 0;
		this.marketCap = this.price * this.supply;
		this.computeCoverage();
		this.rng = new Rng(seed >>> 0, STREAM_MARKET);
		this.writeRow();
	}

	step(weeks: number): number {
		const horizon = Math.min(Math.trunc(this.p.horizon_weeks), MAX_WEEKS);
		for (let i = 0; i < weeks && this.week < horizon; i++) {
			this.stepMarket();
			this.stepEmission();
			this.computeCoverage();
			this.stepUsers();
			this.stepBurn();
			this.stepRewards();
			this.stepSupply();
			this.stepPrice();
			this.week += 1;
			this.writeRow();
		}
		return this.week;
	}

	/** Rows 0..week, row-major, METRIC_COUNT columns (a view on the reference's buffer). */
	rows(): Float64Array {
		return this.series.subarray(0, (this.week + 1) * METRIC_COUNT);
	}

	// B1
	private stepMarket(): void {
		const eps = this.rng.normal();
		this.dLnMarket = this.p.market_volatility * SQRT_WEEK_IN_YEARS * eps;
		this.lnMarket += this.dLnMarket;
	}

	// B2
	private stepEmission(): void {
		const halvings = Math.floor(this.week / this.p.halving_weeks);
		this.emission = this.p.emission_initial * Math.pow(2, -halvings);
	}

	// B3
	private computeCoverage(): void {
		const p = this.p;
		const d = this.devices;
		const honest = 1 - p.gaming_share;
		const area = 1 / DENSITY_CLASSES;
		let zipfSum = 0;
		let placeSum = 0;
		for (let j = 0; j < DENSITY_CLASSES; j++) zipfSum += 1 / (j + 1);
		for (let j = 0; j < DENSITY_CLASSES; j++) {
			const wj = 1 / (j + 1) / zipfSum;
			placeSum += area * Math.pow(wj / area, p.urban_bias);
		}
		const footprints = (d * p.coverage_cells_per_device) / p.world_cells;
		let covered = 0;
		let available = 0;
		for (let j = 0; j < DENSITY_CLASSES; j++) {
			const wj = 1 / (j + 1) / zipfSum;
			const phi = (area * Math.pow(wj / area, p.urban_bias)) / placeSum;
			const m = (phi * footprints) / area;
			covered += wj * (1 - Math.exp(-m * honest));
			available += wj * (1 - Math.exp(-p.uptime * honest * m));
		}
		this.devicesLive = d * p.uptime * honest;
		this.coverage = clamp(available, 0, 1);
		this.availability = covered > 0 ? available / covered : p.uptime;
		this.quality = clamp((available * this.availability) / AVAILABILITY_SLA, 0, 1);
	}

	// B5
	private adoptionGate(): number {
		const p = this.p;
		const saving =
			p.cloud_price_usd > 0
				? clamp((p.cloud_price_usd - p.service_price_usd) / p.cloud_price_usd, -1, 1)
				: 0;
		const benefit = p.quality_weight * this.quality + p.price_weight * saving;
		if (benefit <= 0) return 0;
		if (p.inertia <= 0) return 1;
		return normalCdf((Math.log(benefit) - Math.log(p.inertia)) / p.inertia_spread);
	}

	private stepUsers(): void {
		const p = this.p;
		const market = p.market_size * this.coverage;
		const u = this.users;
		this.gate = this.adoptionGate();
		const share = market > 0 ? Math.min(1, u / market) : 0;
		const rate = (p.bass_innovation + p.bass_imitation * share) / WEEKS_PER_YEAR;
		const hazard = Math.min(1, rate * this.gate);
		const gained = hazard * Math.max(0, market - u);
		const shortfall = Math.max(0, p.quality_threshold - this.quality);
		const churnRate = (p.user_churn + p.quality_churn * shortfall) / WEEKS_PER_YEAR;
		const lost = Math.min(u, churnRate * u + EXCESS_CHURN * Math.max(0, u - market));
		this.users = u + gained - lost;
		this.revenue = this.users * p.usage_per_user * p.service_price_usd;
	}

	// B6
	private stepBurn(): void {
		this.burn = Math.min((this.p.burn_share * this.revenue) / this.price, this.supply);
	}

	// B7
	private stepRewards(): void {
		const p = this.p;
		const pool = this.price * p.miner_share * this.emission;
		const online = Math.max(this.devices * p.uptime, 1);
		this.income = pool / online - p.device_opex_usd_month / WEEKS_PER_MONTH;
	}

	// B8
	private stepSupply(): void {
		const p = this.p;
		const opex = p.device_opex_usd_month / WEEKS_PER_MONTH;
		this.expectedIncome += (this.income - this.expectedIncome) / p.expectation_lag;
		const roi = (WEEKS_PER_YEAR * this.expectedIncome) / p.device_capex_usd;
		const d = this.devices;
		const pool = p.max_miners;
		const remaining = Math.max(0, pool - d - this.backlog);
		const awareness = Math.min(1, p.miner_awareness + (p.miner_word_of_mouth * d) / pool);
		const appetite = Math.max(0, Math.tanh(p.roi_sensitivity * (roi - p.roi_hurdle)));
		this.orders = remaining * (p.order_rate * appetite * awareness + p.innovator_miners);
		this.backlog += this.orders;
		this.shipments = Math.min(this.backlog / p.ship_delay, this.capacity);
		this.backlog -= this.shipments;
		this.capacity += (Math.max(this.orders, p.min_capacity) - this.capacity) / p.capacity_adjust;
		const exitRate =
			p.hardware_failure / WEEKS_PER_YEAR +
			p.economic_churn * logistic((-p.churn_sharpness * this.expectedIncome) / opex);
		const exits = Math.min(d, d * exitRate);
		this.devices = d + this.shipments - exits;
		const growth = (this.devices - d) / Math.max(d, 1);
		this.growthEma += (growth - this.growthEma) / GROWTH_SMOOTHING;
	}

	// B9
	private stepPrice(): void {
		const p = this.p;
		const mc = Math.max(this.price * this.supply, 1);
		const fundamental = Math.max(
			p.revenue_multiple * 52 * this.revenue + p.speculative_floor_usd,
			1
		);
		const spec =
			mc *
			(p.momentum * clamp(this.growthEma, -GROWTH_CLIP, GROWTH_CLIP) -
				p.fundamentals_pull * Math.log(mc / fundamental));
		const buy = p.burn_share * this.revenue + Math.max(0, spec);
		const sell =
			this.price * p.miner_sell_fraction * p.miner_share * this.emission + Math.max(0, -spec);
		const hadMarket = this.supply > 0;
		this.supply = this.supply + this.emission - this.burn;
		this.minted += this.emission;
		this.burned += this.burn;
		if (hadMarket) {
			const dLnP = p.price_impact * Math.log((mc + buy) / (mc + sell)) + this.dLnMarket;
			this.price = clamp(this.price * Math.exp(dLnP), PRICE_MIN, PRICE_MAX);
		}
		this.marketCap = this.price * this.supply;
	}

	// B10
	private writeRow(): void {
		const o = this.week * METRIC_COUNT;
		const emissionsUsd = this.emission * this.price;
		const set = (key: string, v: number) => (this.series[o + METRIC_INDEX.get(key)!] = v);
		set('week', this.week);
		set('devices', this.devices);
		set('devices_live', this.devicesLive);
		set('users', this.users);
		set('coverage', this.coverage);
		set('quality', this.quality);
		set('price_usd', this.price);
		set('supply_total', this.supply);
		set('minted_cum', this.minted);
		set('burned_cum', this.burned);
		set('emission_tokens', this.emission);
		set('burn_tokens', this.burn);
		set('revenue_usd', this.revenue);
		set('emissions_usd', emissionsUsd);
		set(
			'coverage_ratio',
			emissionsUsd >= RATIO_MIN_EMISSIONS_USD ? this.revenue / emissionsUsd : 0
		);
		set('miner_income_usd_month', this.income * WEEKS_PER_MONTH);
		set('expected_income_usd_week', this.expectedIncome);
		set('roi_annual', (WEEKS_PER_YEAR * this.expectedIncome) / this.p.device_capex_usd);
		set('orders', this.orders);
		set('shipments', this.shipments);
		set('backlog', this.backlog);
		set('capacity', this.capacity);
		set('market_cap_usd', this.marketCap);
		set('market_index', Math.exp(this.lnMarket));
		set('adoption_gate', this.gate);
	}
}
