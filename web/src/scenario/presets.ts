/**
 * Named scenarios: a one-paragraph description and the parameters that differ from the schema
 * defaults. A link names its preset (`preset=…`) and then only what differs from it. Preset
 * keys are part of the link contract: never rename or reuse one.
 */
import { PARAM_INDEX, defaultParams } from './schema';
import type { ParamValues } from './schema';
import type { ScenarioEvent } from './events';

export interface Preset {
	readonly key: string;
	readonly label: string;
	readonly description: string;
	readonly params: Readonly<Partial<ParamValues>>;
	/** Shocks the preset scripts on its timeline. */
	readonly events?: readonly ScenarioEvent[];
}

export const PRESETS: readonly Preset[] = [
	{
		key: 'flywheel-demo',
		label: 'Flywheel (the default)',
		description:
			'A generic wireless network with Helium-like halving emissions. The subsidy, and a bull ' +
			'market, pay for tens of thousands of devices long before users arrive; as emissions halve, ' +
			'income per device falls and deployment pauses. Meanwhile coverage draws users in, usage ' +
			'revenue overtakes the value of emissions around year five, and the flywheel spins on revenue.',
		params: {}
	},
	{
		key: 'tipping-demo',
		label: 'Tipping point',
		description:
			'The chicken-and-egg problem in its purest form (MODEL.md §12.3): one uniform territory, a ' +
			'subsidy that halves every two years, users who pay $1 a week and are reluctant to leave the ' +
			'cloud (inertia 0.75), and no market noise. At 100k tokens a week the network fizzles; ' +
			'at 300k it tips and most users come. Start the same network half-built and it survives ' +
			'even with no subsidy at all: the outcome depends on where you start (hysteresis).',
		params: {
			emission_mode: 1,
			emission_initial: 100_000,
			emission_decay_rate: 0.345,
			device_opex_usd_month: 4.3,
			ship_delay: 4,
			bass_imitation: 1,
			service_price_usd: 1,
			usage_per_user: 1,
			cloud_price_usd: 0,
			inertia: 0.75,
			market_mode: 1,
			bull_drift: 0,
			bear_drift: 0,
			market_volatility: 0,
			density_classes: 1,
			initial_devices: 0,
			miner_awareness: 0.01
		}
	},
	{
		key: 'helium-like',
		label: 'Helium-like IoT (2019 →)',
		description:
			'Helium’s LoRaWAN network from its 2019 launch, calibrated against the real history (1kx, Tokenomics of DePINs dataset): HIP-20 emissions halving every two years, $500 hotspots, IoT traffic worth almost nothing, and a scripted crypto bull and bear market. Miners hear of the network by word of mouth, so hotspots grow slowly through 2020, explode in 2021 as the token soars, and level off near a million as the bear market and the halving cut income per hotspot from hundreds of dollars a month to a few. Revenue stays a rounding error against emissions: the boom is paid for by subsidy. See docs/calibration-helium.md.',
		params: {
			emission_initial: 1154000,
			halving_weeks: 104,
			miner_share: 0.59,
			initial_supply: 50000000,
			initial_price_usd: 0.1,
			price_impact: 0.9,
			fundamentals_pull: 0.0005,
			market_volatility: 0,
			device_capex_usd: 500,
			device_opex_usd_month: 2,
			uptime: 0.8,
			gaming_share: 0.1,
			max_miners: 2000000,
			order_rate: 0.025,
			miner_awareness: 0.00035,
			miner_word_of_mouth: 3.36,
			expectation_lag: 3,
			initial_devices: 100,
			coverage_cells_per_device: 7,
			world_cells: 2000000,
			ship_delay: 2,
			capacity_adjust: 9,
			market_size: 1000000,
			inertia: 1,
			usage_per_user: 700,
			service_price_usd: 1e-5,
			cloud_price_usd: 0,
			investor_share: 0.35,
			validator_share: 0.06,
			bull_drift: 0,
			bear_drift: 0,
			market_mode: 1,
			density_classes: 10
		},
		events: [
			{ type: 'bull_market', start: 31, duration: 87, magnitude: 2.5 },
			{ type: 'bear_market', start: 118, duration: 70, magnitude: -2.89 }
		]
	},
	{
		key: 'regulatory-shock',
		label: 'Regulatory shock',
		description:
			'The default network hit by a securities-style enforcement action in week 150: speculators ' +
			'dump 30% of the market cap, price impact doubles for 13 weeks as exchanges delist, ' +
			'shipments to the regulated half of the market stop, and enterprise users grow warier. ' +
			'In week 163 the case is dismissed: a relief rally and part of the trust comes back ' +
			'(the SEC v. Nova Labs timeline, 2025).',
		params: {},
		events: [
			{ type: 'enforcement', start: 150, duration: 13, magnitude: 1 },
			{ type: 'clarity', start: 163, duration: 1, magnitude: 1 }
		]
	},
	{
		key: 'regional-ban',
		label: 'Regional ban',
		description:
			'The default network loses half of the devices in a region holding half of the network in ' +
			'week 150; half of those relocate over about six months, and shipments to the region stop ' +
			'for 26 weeks (the China 2021 mining ban: −50% within weeks, recovery in about six months).',
		params: {},
		events: [{ type: 'regional_ban', start: 150, duration: 26, magnitude: 0.5 }]
	},
	{
		key: 'bear-market',
		label: 'Bear market',
		description:
			'A forced 18-month crypto bear market from week 100 (drift −150% a year, volatility 1.0, the ' +
			'token moving 1.2× the market). Watch whether usage revenue holds the network together ' +
			'while the token falls: DePIN revenues held up better than token prices in 2022.',
		params: { market_volatility: 1, market_beta: 1.2 },
		events: [{ type: 'bear_market', start: 100, duration: 78, magnitude: -1.5 }]
	},
	{
		key: 'render-like',
		label: 'Render-like GPU compute',
		description:
			'A capacity network of GPU nodes (illustrative, not calibrated). Node operators get 190,142 ' +
			'tokens a month in year one, then 85,000; jobs are paid in dollars and 95% of that is burned. ' +
			'Nodes cost $3,000 and $45 a month to run; renders cost $1.50 a GPU-hour against $4 in the ' +
			'cloud. Utilisation, not coverage, decides whether nodes pay.',
		params: {
			network_kind: 1,
			capacity_per_device: 100,
			replication: 1,
			emission_mode: 3,
			emission_initial: 44_000,
			emission_step_week: 52,
			emission_after_step: 19_600,
			miner_share: 1,
			investor_share: 0,
			validator_share: 0,
			burn_share: 0.95,
			initial_price_usd: 2,
			initial_supply: 500_000_000,
			device_capex_usd: 3000,
			device_opex_usd_month: 45,
			uptime: 0.9,
			gaming_share: 0,
			max_miners: 20_000,
			initial_devices: 200,
			market_size: 200_000,
			usage_per_user: 10,
			service_price_usd: 1.5,
			cloud_price_usd: 4,
			inertia: 0.6,
			momentum: 1
		}
	},
	{
		key: 'filecoin-like',
		label: 'Filecoin-like storage',
		description:
			'A capacity network of storage providers (illustrative, not calibrated) with Filecoin’s ' +
			'hybrid emission: 30% of 1.1B tokens is simple minting, decaying with a six-year ' +
			'half-life; the other 70% is baseline minting, paid only as fast as stored capacity keeps ' +
			'up with a baseline of 2.5 EiB that doubles every year. Storage deals pay almost nothing ' +
			'(the FIL+ subsidy era), so providers live on emissions while capacity far outruns use, ' +
			'and users stay with S3 (high inertia). Stored capacity never reaches the baseline, so the ' +
			'network’s effective time falls behind the calendar (about six years at year ten) and ' +
			'roughly a quarter of the baseline rewards due by then is deferred.',
		params: {
			network_kind: 1,
			capacity_per_device: 1024,
			replication: 3,
			emission_mode: 4,
			// 1.1B tokens in all: E₀ = 1.1·10⁹·(1 − e^(−λ/52)) a week with capacity at the baseline.
			emission_initial: 2_430_000,
			emission_decay_rate: 0.115,
			baseline_share: 0.7,
			// 2.5 EiB in TiB, the unit of capacity_per_device here (1 PiB per provider).
			baseline_initial: 2_627_429,
			baseline_growth: 0.693,
			initial_price_usd: 36,
			initial_supply: 50_000_000,
			device_capex_usd: 5000,
			device_opex_usd_month: 60,
			uptime: 0.95,
			max_miners: 100_000,
			initial_devices: 500,
			market_size: 1_000_000,
			usage_per_user: 10,
			service_price_usd: 0.05,
			cloud_price_usd: 5.4,
			inertia: 1.2
		}
	}
];

export const PRESET_INDEX: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.key, p]));

/** Full parameter values of a preset (schema defaults overridden by the preset). */
export function presetParams(preset: Preset | undefined): ParamValues {
	return { ...defaultParams(), ...(preset?.params ?? {}) } as ParamValues;
}

/** A preset's scripted events (none for most). */
export function presetEvents(preset: Preset | undefined): ScenarioEvent[] {
	return [...(preset?.events ?? [])];
}

/** Keys in presets that the schema does not know: a programming error, caught by a unit test. */
export function unknownPresetKeys(): string[] {
	return PRESETS.flatMap((p) => Object.keys(p.params).filter((k) => !PARAM_INDEX.has(k)));
}
