/**
 * The reference model: a plain TypeScript implementation of the same aggregate engine as the
 * WASM core (assembly/), written for reading rather than speed. It is the oracle of the
 * differential tests (bit-identical to the `test` build, which uses the host's Math) and the
 * baseline of the benchmark. It is never shipped in the app bundle.
 * Every line mirrors a line of assembly/model/*.ts: same IEEE operations in the same order.
 * (For speed the core evaluates parameter-only subexpressions once per parameter set,
 * assembly/model/derived.ts, and the coverage exps two at a time in SIMD lanes,
 * assembly/inline-math.ts: the same operations on the same operands, hence the same bits.)
 * Units: weeks, USD, whole tokens. Equations: docs/model.md.
 */
import { METRIC_COUNT, METRIC_INDEX } from './metrics';
import { Rng, STREAM_EVENTS, STREAM_MARKET, STREAM_REGIME } from './rng';
import { EVENT_TYPE_INDEX } from '../scenario/events';
import type { ScenarioEvent } from '../scenario/events';
import type { ParamValues } from '../scenario/schema';

const WEEKS_PER_YEAR = 52;
const WEEKS_PER_MONTH = 52 / 12;
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
const INFRA_HALF = 50;
const APP_HALF = 200;
const NEVER_MONTHS = 1200;
const MAX_LEAD_WEEKS = 1040;
const EMISSION_EXP_DECAY = 1;
const EMISSION_FIXED = 2;
const EMISSION_TABLE = 3;
const EMISSION_HYBRID = 4;
const SINK_BME = 0;
const SINK_BUYBACK = 1;
const RELOCATING_SHARE = 0.5;
const RELOCATION_WEEKS = 26;
const MAX_EVENTS = 64;
const RANDOM_EVENT_WEEKS = 13;
const RANDOM_EVENT_TYPES = 4;
const EV_ENFORCEMENT = 0;
const EV_BAN = 1;
const EV_EQUIPMENT = 2;
const EV_CLARITY = 3;
const EV_BULL = 4;

interface CoreEvent {
	type: number;
	start: number;
	duration: number;
	magnitude: number;
}

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

/** Pools (B7): the factor that scales the shares down when they sum to more than 1. */
export function poolShareScale(p: ParamValues): number {
	const sum =
		p.miner_share +
		p.builder_share_infra +
		p.builder_share_app +
		p.investor_share +
		p.validator_share;
	return sum > 1 ? 1 / sum : 1;
}

export class ReferenceModel {
	readonly series = new Float64Array((MAX_WEEKS + 1) * METRIC_COUNT);
	week = 0;
	private p: ParamValues;
	private rng = new Rng(0, STREAM_MARKET);
	private regimeRng = new Rng(0, STREAM_REGIME);
	private eventRng = new Rng(0, STREAM_EVENTS);
	private scripted: CoreEvent[] = [];
	private events: CoreEvent[] = [];
	// events: a lasting stock, then this week's modifiers
	private inertiaReg = 0;
	private relocating = 0;
	private banned = 0;
	private kappaMult = 1;
	private shipHalt = 0;
	private capexMult = 1;
	private shipDelayAdd = 0;
	private forcedRegime = -1;
	private forcedDrift = 0;
	private specShock = 0;
	private banShare = 0;
	private eventsActive = 0;
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
	private locked = 0;
	private burnEma = 0;
	private bull = true;
	private regimeAge = 0;
	private buildersInfra = 0;
	private buildersApp = 0;
	private baselineCum = 0;
	private networkTime = 0;
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
	private served = 1;
	private market = 0;
	private gate = 0;
	private marketCap = 0;
	private remint = 0;
	private unlock = 0;
	private minerTokens = 0;
	private builderTokens = 0;
	private lockedTokens = 0;
	private grantsUsd = 0;
	private directUsd = 0;
	private inertiaNow = 0;
	private appAttract = 0;
	private usagePerUser = 0;

	constructor(params: ParamValues) {
		this.p = { ...params };
	}

	setParam(key: string, value: number): void {
		this.p[key] = value;
	}

	/** Scripted events, in the order given (the core keeps the same order). */
	setEvents(events: readonly ScenarioEvent[]): void {
		this.scripted = events.slice(0, MAX_EVENTS).map((e) => ({
			type: EVENT_TYPE_INDEX.get(e.type)!,
			start: e.start,
			duration: e.duration,
			magnitude: e.magnitude
		}));
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
		this.locked = 0;
		this.burnEma = 0;
		this.bull = true;
		this.regimeAge = 0;
		this.buildersInfra = p.initial_builders;
		this.buildersApp = p.initial_builders;
		this.baselineCum = 0;
		this.networkTime = 0;
		this.remint = 0;
		this.unlock = 0;
		this.minerTokens = 0;
		this.builderTokens = 0;
		this.lockedTokens = 0;
		this.grantsUsd = 0;
		this.directUsd = 0;
		this.inertiaReg = 0;
		this.relocating = 0;
		this.banned = 0;
		this.shipHalt = 0;
		this.eventsActive = 0;
		this.events = this.scripted.map((e) => ({ ...e }));
		this.applyBuilderEffects();
		this.computeService();
		this.rng = new Rng(seed >>> 0, STREAM_MARKET);
		this.regimeRng = new Rng(seed >>> 0, STREAM_REGIME);
		this.eventRng = new Rng(seed >>> 0, STREAM_EVENTS);
		this.writeRow();
	}

	step(weeks: number): number {
		const horizon = Math.min(Math.trunc(this.p.horizon_weeks), MAX_WEEKS);
		for (let i = 0; i < weeks && this.week < horizon; i++) {
			this.stepEvents();
			this.stepMarket();
			this.stepEmission();
			this.computeService();
			this.stepBuilders();
			this.stepUsers();
			this.stepSinks();
			this.stepRewards();
			this.stepSupply();
			this.stepPrice();
			this.week += 1;
			this.writeRow();
		}
		return this.week;
	}

	/** θ, the effective network time of the Filecoin hybrid emission (years). */
	effectiveNetworkTime(): number {
		return this.networkTime;
	}

	/** Rows 0..week, row-major, METRIC_COUNT columns (a view on the reference's buffer). */
	rows(): Float64Array {
		return this.series.subarray(0, (this.week + 1) * METRIC_COUNT);
	}

	// B1: events
	private stepEvents(): void {
		const p = this.p;
		const t = this.week;
		const happens = this.eventRng.uniform() < p.random_event_rate / 52;
		const pick = this.eventRng.uniform();
		if (happens && this.events.length < MAX_EVENTS) {
			const type = Math.min(Math.trunc(pick * RANDOM_EVENT_TYPES), RANDOM_EVENT_TYPES - 1);
			this.events.push({
				type,
				start: t,
				duration: RANDOM_EVENT_WEEKS,
				magnitude: type === EV_BAN ? 0.5 : 1
			});
		}
		this.kappaMult = 1;
		this.shipHalt = 0;
		this.capexMult = 1;
		this.shipDelayAdd = 0;
		this.forcedRegime = -1;
		this.forcedDrift = 0;
		this.specShock = 0;
		this.banShare = 0;
		this.eventsActive = 0;
		const share = p.region_share;
		for (const e of this.events) {
			if (t < e.start || t >= e.start + e.duration) continue;
			const starts = t === e.start;
			const m = e.magnitude;
			this.eventsActive += 1;
			if (e.type === EV_ENFORCEMENT) {
				this.kappaMult *= 1 + m;
				this.shipHalt = share;
				if (starts) {
					this.specShock -= 0.3 * m;
					this.inertiaReg += 0.2 * m;
				}
			} else if (e.type === EV_BAN) {
				this.shipHalt = share;
				if (starts) this.banShare += m * share;
			} else if (e.type === EV_EQUIPMENT) {
				this.capexMult *= 1 + 0.3 * m;
				this.shipDelayAdd += 8 * m;
			} else if (e.type === EV_CLARITY) {
				if (starts) {
					this.specShock += 0.1 * m;
					this.inertiaReg -= 0.1 * m;
				}
			} else {
				this.forcedRegime = e.type === EV_BULL ? 1 : 0;
				this.forcedDrift = m;
			}
		}
		if (this.banShare > 1) this.banShare = 1;
	}

	// B1: market
	private stepMarket(): void {
		const p = this.p;
		const deterministic = Math.trunc(p.market_mode) === 1;
		const meanWeeks = this.bull ? p.bull_weeks : p.bear_weeks;
		const draw = this.regimeRng.uniform();
		this.regimeAge += 1;
		const ends = deterministic ? this.regimeAge > meanWeeks : draw < 1 / meanWeeks;
		if (ends) {
			this.bull = !this.bull;
			this.regimeAge = 0;
		}
		let drift = this.bull ? p.bull_drift : p.bear_drift;
		if (this.forcedRegime >= 0) {
			this.bull = this.forcedRegime === 1;
			this.regimeAge = 0;
			drift = this.forcedDrift;
		}
		const normal = this.rng.normal();
		const eps = deterministic ? 0 : normal;
		this.dLnMarket = drift / WEEKS_PER_YEAR + p.market_volatility * SQRT_WEEK_IN_YEARS * eps;
		this.lnMarket += this.dLnMarket;
	}

	// B2
	private scheduledEmission(): number {
		const p = this.p;
		const e0 = p.emission_initial;
		const mode = Math.trunc(p.emission_mode);
		const t = this.week;
		if (mode === EMISSION_EXP_DECAY) return e0 * Math.exp((-p.emission_decay_rate * t) / 52);
		if (mode === EMISSION_FIXED) return e0;
		if (mode === EMISSION_TABLE) return t < p.emission_step_week ? e0 : p.emission_after_step;
		return e0 * Math.pow(2, -Math.floor(t / p.halving_weeks));
	}

	// Filecoin hybrid: simple minting plus baseline minting paced by the effective network time θ.
	private hybridEmission(): number {
		const p = this.p;
		const rate = p.emission_decay_rate;
		const allocation = p.emission_initial / -Math.expm1(-rate / WEEKS_PER_YEAR);
		const baselineAllocation = p.baseline_share * allocation;
		const simpleAllocation = allocation - baselineAllocation;
		const t = this.week;
		const simple =
			simpleAllocation *
			(Math.exp((-rate * t) / WEEKS_PER_YEAR) - Math.exp((-rate * (t + 1)) / WEEKS_PER_YEAR));
		const before = this.networkTime;
		this.advanceNetworkTime();
		const baseline =
			baselineAllocation * (Math.exp(-rate * before) - Math.exp(-rate * this.networkTime));
		return simple + baseline;
	}

	private advanceNetworkTime(): void {
		const p = this.p;
		const growth = p.baseline_growth;
		const b0 = p.baseline_initial;
		const capacity = this.devices * p.uptime * p.capacity_per_device;
		const t = this.week;
		let capped: number;
		if (growth > 0) {
			const from = b0 * Math.exp((growth * t) / WEEKS_PER_YEAR);
			const to = b0 * Math.exp((growth * (t + 1)) / WEEKS_PER_YEAR);
			if (capacity >= to) capped = (to - from) / growth;
			else if (capacity <= from) capped = capacity / WEEKS_PER_YEAR;
			else {
				const crossing = Math.log(capacity / from) / growth;
				capped = (capacity - from) / growth + capacity * (1 / WEEKS_PER_YEAR - crossing);
			}
		} else capped = Math.min(capacity, b0) / WEEKS_PER_YEAR;
		this.baselineCum += capped;
		const theta =
			growth > 0 ? Math.log1p((growth * this.baselineCum) / b0) / growth : this.baselineCum / b0;
		this.networkTime = Math.max(this.networkTime, Math.min(theta, (t + 1) / WEEKS_PER_YEAR));
	}

	private stepEmission(): void {
		this.emission =
			Math.trunc(this.p.emission_mode) === EMISSION_HYBRID
				? this.hybridEmission()
				: this.scheduledEmission();
		this.burnEma += (this.burn - this.burnEma) / this.p.burn_smoothing;
		this.remint = Math.min(this.burnEma, this.p.remint_cap);
	}

	private shareScale(): number {
		return poolShareScale(this.p);
	}

	// B4
	private stepBuilders(): void {
		const p = this.p;
		const minted = (this.emission + this.remint) * this.price;
		const grantsInfra = p.builder_share_infra * this.shareScale() * minted;
		const grantsApp = p.builder_share_app * this.shareScale() * minted;
		this.grantsUsd = grantsInfra + grantsApp;
		const grant = p.grant_per_team_usd;
		const userPull = this.users / p.builder_user_ref;
		const entry = p.builder_entry;
		const exit = p.builder_exit / 52;
		const xI = entry * (grantsInfra / grant + userPull);
		const bI = this.buildersInfra;
		this.buildersInfra = (bI + xI) / (1 + xI / p.builders_max_infra + exit);
		const xA = entry * (grantsApp / grant + (userPull * bI) / (bI + INFRA_HALF));
		this.buildersApp = (this.buildersApp + xA) / (1 + xA / p.builders_max_app + exit);
		this.applyBuilderEffects();
	}

	private applyBuilderEffects(): void {
		const p = this.p;
		this.inertiaNow = Math.max(
			0,
			p.inertia * Math.exp((-p.infra_inertia_effect * this.buildersInfra) / INFRA_HALF) +
				this.inertiaReg
		);
		this.appAttract = this.buildersApp / (this.buildersApp + APP_HALF);
		this.usagePerUser = p.usage_per_user * (1 + p.app_usage_effect * this.appAttract);
	}

	// B3
	private computeService(): void {
		if (Math.trunc(this.p.network_kind) === 1) this.computeCapacity();
		else this.computeCoverage();
	}

	private computeCapacity(): void {
		const p = this.p;
		const uptime = p.uptime;
		this.devicesLive = this.devices * uptime * (1 - p.gaming_share);
		const capacity = this.devicesLive * p.capacity_per_device;
		const demand = this.users * this.usagePerUser;
		this.served = demand > 0 ? Math.min(1, capacity / demand) : capacity > 0 ? 1 : 0;
		this.availability = 1 - Math.pow(1 - uptime, p.replication);
		this.quality = clamp((this.served * this.availability) / AVAILABILITY_SLA, 0, 1);
		this.coverage = this.served;
		this.market =
			this.usagePerUser > 0
				? Math.min(p.market_size, capacity / this.usagePerUser)
				: capacity > 0
					? p.market_size
					: 0;
	}

	private computeCoverage(): void {
		const p = this.p;
		const d = this.devices;
		const honest = 1 - p.gaming_share;
		const classes = Math.trunc(p.density_classes);
		const area = 1 / classes;
		let zipfSum = 0;
		let placeSum = 0;
		for (let j = 0; j < classes; j++) zipfSum += 1 / (j + 1);
		for (let j = 0; j < classes; j++) {
			const wj = 1 / (j + 1) / zipfSum;
			placeSum += area * Math.pow(wj / area, p.urban_bias);
		}
		const footprints = (d * p.coverage_cells_per_device) / p.world_cells;
		let covered = 0;
		let available = 0;
		for (let j = 0; j < classes; j++) {
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
		this.served = 1;
		this.market = p.market_size * this.coverage;
	}

	// B5
	private adoptionGate(): number {
		const p = this.p;
		const saving =
			p.cloud_price_usd > 0
				? clamp((p.cloud_price_usd - p.service_price_usd) / p.cloud_price_usd, -1, 1)
				: 0;
		const benefit =
			p.quality_weight * this.quality + p.price_weight * saving + p.app_weight * this.appAttract;
		if (benefit <= 0) return 0;
		const inertia = this.inertiaNow;
		if (inertia <= 0) return 1;
		return normalCdf((Math.log(benefit) - Math.log(inertia)) / p.inertia_spread);
	}

	private stepUsers(): void {
		const p = this.p;
		const market = this.market;
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
		this.revenue = this.users * this.usagePerUser * p.service_price_usd * this.served;
	}

	// B6
	private stepSinks(): void {
		const p = this.p;
		const mode = Math.trunc(p.sink_mode);
		const take = p.take_rate;
		let burnUsd: number;
		if (mode === SINK_BME) {
			burnUsd = p.burn_share * this.revenue;
			this.directUsd = 0;
		} else {
			burnUsd = mode === SINK_BUYBACK ? take * this.revenue : 0;
			this.directUsd = (1 - take) * this.revenue;
		}
		this.burn = Math.min(burnUsd / this.price, this.supply);
	}

	// B7
	private stepRewards(): void {
		const p = this.p;
		const minted = this.emission + this.remint;
		const scale = this.shareScale();
		this.minerTokens = p.miner_share * scale * minted;
		this.builderTokens = (p.builder_share_infra * scale + p.builder_share_app * scale) * minted;
		this.lockedTokens = p.investor_share * scale * minted;
		this.unlock = this.week >= p.vesting_cliff_weeks ? this.locked / p.vesting_weeks : 0;
		const online = Math.max(this.devices * p.uptime, 1);
		this.income =
			(this.price * this.minerTokens + this.directUsd) / online -
			p.device_opex_usd_month / WEEKS_PER_MONTH;
	}

	// B8
	private stepSupply(): void {
		const p = this.p;
		const opex = p.device_opex_usd_month / WEEKS_PER_MONTH;
		this.expectedIncome += (this.income - this.expectedIncome) / p.expectation_lag;
		const roi = (WEEKS_PER_YEAR * this.expectedIncome) / (p.device_capex_usd * this.capexMult);
		const d = this.devices;
		const pool = p.max_miners;
		const remaining = Math.max(0, pool - d - this.backlog);
		const awareness = Math.min(1, p.miner_awareness + (p.miner_word_of_mouth * d) / pool);
		const appetite = Math.max(0, Math.tanh(p.roi_sensitivity * (roi - p.roi_hurdle)));
		this.orders = remaining * (p.order_rate * appetite * awareness + p.innovator_miners);
		this.backlog += this.orders;
		const delay = p.ship_delay + this.shipDelayAdd;
		this.shipments = Math.min(this.backlog / delay, this.capacity) * (1 - this.shipHalt);
		this.backlog -= this.shipments;
		this.capacity += (Math.max(this.orders, p.min_capacity) - this.capacity) / p.capacity_adjust;
		const exitRate =
			p.hardware_failure / WEEKS_PER_YEAR +
			p.economic_churn * logistic((-p.churn_sharpness * this.expectedIncome) / opex);
		this.banned = this.banShare * d;
		const staying = d - this.banned;
		const exits = Math.min(staying, staying * exitRate);
		const relocated = this.relocating / RELOCATION_WEEKS;
		this.relocating = this.relocating + RELOCATING_SHARE * this.banned - relocated;
		this.devices = staying + this.shipments - exits + relocated;
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
				p.fundamentals_pull * Math.log(mc / fundamental) +
				this.specShock);
		const buy = this.burn * this.price + Math.max(0, spec);
		const sold =
			p.miner_sell_fraction * this.minerTokens +
			p.builder_sell_fraction * this.builderTokens +
			p.investor_sell_fraction * this.unlock;
		const sell = this.price * sold + Math.max(0, -spec);
		const hadMarket = this.supply > 0;
		const minted = this.emission + this.remint;
		this.supply = this.supply + minted - this.lockedTokens + this.unlock - this.burn;
		this.locked = this.locked + this.lockedTokens - this.unlock;
		this.minted += minted;
		this.burned += this.burn;
		if (hadMarket) {
			const dLnP =
				p.price_impact * this.kappaMult * Math.log((mc + buy) / (mc + sell)) +
				p.market_beta * this.dLnMarket;
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
		set('supply_total', this.supply + this.locked);
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
		set(
			'roi_annual',
			(WEEKS_PER_YEAR * this.expectedIncome) / (this.p.device_capex_usd * this.capexMult)
		);
		set('orders', this.orders);
		set('shipments', this.shipments);
		set('backlog', this.backlog);
		set('capacity', this.capacity);
		set('market_cap_usd', this.marketCap);
		set('market_index', Math.exp(this.lnMarket));
		set('adoption_gate', this.gate);
		set('builders_infra', this.buildersInfra);
		set('builders_app', this.buildersApp);
		set('supply_circulating', this.supply);
		set('supply_locked', this.locked);
		set('remint_tokens', this.remint);
		set('unlock_tokens', this.unlock);
		set('grants_usd', this.grantsUsd);
		set('direct_usd', this.directUsd);
		set('manufacturer_revenue_usd', this.shipments * (this.p.device_capex_usd * this.capexMult));
		set(
			'lead_time_weeks',
			this.backlog <= 0 ? 0 : this.backlog / Math.max(this.shipments, this.backlog / MAX_LEAD_WEEKS)
		);
		set(
			'payback_months',
			this.expectedIncome <= 0
				? NEVER_MONTHS
				: Math.min(
						(this.p.device_capex_usd * this.capexMult) / (this.expectedIncome * WEEKS_PER_MONTH),
						NEVER_MONTHS
					)
		);
		set('market_regime', this.bull ? 1 : 0);
		set('inertia_effective', this.inertiaNow);
		set('usage_per_user', this.usagePerUser);
		set('app_attractiveness', this.appAttract);
		set('inertia_regulatory', this.inertiaReg);
		set('shipments_halted', this.shipHalt);
		set('devices_banned', this.banned);
		set('devices_relocating', this.relocating);
		set('events_active', this.eventsActive);
		set('served_share', this.served);
	}
}
