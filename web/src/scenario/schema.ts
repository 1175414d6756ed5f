/**
 * The parameter schema: the single source for the sliders, the link codec, validation, the
 * command line, the docs table and the core's parameter ids (scripts/gen-core-ids.mjs writes
 * assembly/generated/params.ts from this list; its order IS the id). Append new parameters at
 * the end and never reuse a key: links in the wild name them.
 * Units: time in weeks, money in USD, tokens in whole tokens. Sources: ../../../docs/model.md.
 */
import type { ParamGroup, ParamSpec, SliderScale } from './param-spec';

/** Which levers only matter under some policy (see ParamSpec.shownWhen). */
const SHOWN_WHEN: Readonly<Record<string, ParamSpec['shownWhen']>> = {
	halving_weeks: { key: 'emission_mode', values: [0] },
	emission_decay_rate: { key: 'emission_mode', values: [1, 4] },
	emission_step_week: { key: 'emission_mode', values: [3] },
	emission_after_step: { key: 'emission_mode', values: [3] },
	baseline_share: { key: 'emission_mode', values: [4] },
	baseline_initial: { key: 'emission_mode', values: [4] },
	baseline_growth: { key: 'emission_mode', values: [4] },
	burn_share: { key: 'sink_mode', values: [0] },
	take_rate: { key: 'sink_mode', values: [1, 2] },
	market_volatility: { key: 'market_mode', values: [0] },
	coverage_cells_per_device: { key: 'network_kind', values: [0] },
	urban_bias: { key: 'network_kind', values: [0] },
	world_cells: { key: 'network_kind', values: [0] },
	density_classes: { key: 'network_kind', values: [0] },
	capacity_per_device: { key: 'network_kind', values: [1] },
	replication: { key: 'network_kind', values: [1] }
};

function withConditions(specs: ParamSpec[]): readonly ParamSpec[] {
	return specs.map((spec) =>
		SHOWN_WHEN[spec.key] ? { ...spec, shownWhen: SHOWN_WHEN[spec.key] } : spec
	);
}

/** Whether a lever matters under the current values of the choices (ParamSpec.shownWhen). */
export function isShown(spec: ParamSpec, values: Readonly<ParamValues>): boolean {
	return !spec.shownWhen || spec.shownWhen.values.includes(values[spec.shownWhen.key]);
}

function choice(
	key: string,
	symbol: string,
	group: ParamGroup,
	label: string,
	options: readonly string[],
	defaultValue: number,
	doc: string,
	source: string
): ParamSpec {
	return {
		...param(
			key,
			symbol,
			group,
			label,
			'',
			[0, options.length - 1, 1],
			defaultValue,
			'linear',
			doc,
			source
		),
		options
	};
}

function param(
	key: string,
	symbol: string,
	group: ParamGroup,
	label: string,
	unit: string,
	[min, max, step]: readonly [number, number, number],
	defaultValue: number,
	scale: SliderScale,
	doc: string,
	source: string
): ParamSpec {
	return {
		key,
		symbol,
		label,
		unit,
		min,
		max,
		step,
		default: defaultValue,
		group,
		scale,
		doc,
		source
	};
}

export const PARAMS: readonly ParamSpec[] = withConditions([
	// Token economics (B2, B6, B7, B9 ledger)
	param(
		'emission_initial',
		'E₀',
		'token',
		'Initial emission',
		'tokens/week',
		[0, 10_000_000, 1000],
		1_154_000,
		'symlog',
		'Tokens minted per week at launch, before any halving. Zero means no subsidy at all. Filecoin hybrid: the launch rate of the whole schedule with capacity at the baseline.',
		'Helium HIP-20: 5M HNT/month'
	),
	param(
		'halving_weeks',
		'H',
		'token',
		'Halving period',
		'weeks',
		[13, 520, 1],
		104,
		'linear',
		'Emission halves every H weeks: E = E₀·2^(−⌊t/H⌋).',
		'Helium HIP-20: every 2 years'
	),
	param(
		'miner_share',
		's_m',
		'token',
		'Miners’ share of emission',
		'',
		[0, 1, 0.01],
		0.59,
		'linear',
		'Share of each week’s emission paid to device owners; the rest goes to investors, team and validators, who hold.',
		'HIP-20 year 1: 29% coverage + 30% data'
	),
	param(
		'burn_share',
		'φ_b',
		'token',
		'Revenue burned',
		'',
		[0, 1, 0.01],
		1,
		'linear',
		'Share of usage revenue that buys and burns tokens (burn-and-mint equilibrium).',
		'Helium Data Credits burn 100%'
	),
	param(
		'initial_supply',
		'S₀',
		'token',
		'Initial circulating supply',
		'tokens',
		[0, 2_000_000_000, 1000],
		50_000_000,
		'symlog',
		'Tokens in circulation at launch.',
		'[A] MODEL.md §6.5'
	),
	param(
		'initial_price_usd',
		'P₀',
		'token',
		'Initial token price',
		'USD',
		[0.001, 100, 0.001],
		0.1,
		'log',
		'Token price at launch.',
		'Helium pre-listing assumption (1kx)'
	),
	// Market (B1, B9)
	param(
		'price_impact',
		'κ_p',
		'market',
		'Price impact',
		'',
		[0.2, 5, 0.1],
		1,
		'linear',
		'How strongly net token flows (buys minus sells, relative to market cap) move the price.',
		'Volt depin_sim sensitivity 1'
	),
	param(
		'miner_sell_fraction',
		'σ_m',
		'market',
		'Miners sell',
		'',
		[0, 1, 0.01],
		0.7,
		'linear',
		'Share of their reward tokens that miners sell each week to cover costs.',
		'[A] MODEL.md §6.6'
	),
	param(
		'momentum',
		'ζ_g',
		'market',
		'Momentum buying',
		'1/week',
		[0, 2, 0.01],
		0.5,
		'linear',
		'Speculative demand that chases the network’s growth rate (share of market cap per unit growth).',
		'[A] Cong–Li–Wang feedback'
	),
	param(
		'fundamentals_pull',
		'ζ_v',
		'market',
		'Pull to fundamentals',
		'1/week',
		[0, 0.02, 0.0005],
		0.003,
		'linear',
		'How fast speculation pulls market cap towards a multiple of revenue plus a floor.',
		'[A] MODEL.md §6.6'
	),
	param(
		'revenue_multiple',
		'm_rev',
		'market',
		'Fundamental revenue multiple',
		'× annual revenue',
		[10, 300, 1],
		100,
		'linear',
		'Market cap that annual usage revenue justifies.',
		'Messari 2024: sector ≈100× ARR'
	),
	param(
		'speculative_floor_usd',
		'MC_floor',
		'market',
		'Speculative floor',
		'USD',
		[0, 1_000_000_000, 1000],
		5_000_000,
		'symlog',
		'Market cap that holds with no revenue at all (narrative value).',
		'[A] MODEL.md §6.6'
	),
	param(
		'market_volatility',
		'σ_X',
		'market',
		'Crypto market volatility',
		'1/√year',
		[0, 2, 0.05],
		0.8,
		'linear',
		'Volatility of the crypto market index the token follows; the only random input of this slice (seeded).',
		'[A] MODEL.md §6.6'
	),
	// Miners and devices (B3, B7, B8)
	param(
		'device_capex_usd',
		'c_cap',
		'miners',
		'Device price',
		'USD',
		[50, 5000, 1],
		500,
		'log',
		'What a miner pays for one device.',
		'Helium ≈$500; Hivemapper $549/$649'
	),
	param(
		'device_opex_usd_month',
		'c_op',
		'miners',
		'Running cost',
		'USD/month',
		[0.5, 100, 0.1],
		2,
		'log',
		'Power, backhaul and upkeep per device per month.',
		'[A] IoT low power'
	),
	param(
		'uptime',
		'u',
		'miners',
		'Uptime',
		'',
		[0.5, 0.99, 0.01],
		0.8,
		'linear',
		'Share of listed devices online in a given week.',
		'Helium: 75–85% online'
	),
	param(
		'gaming_share',
		'g',
		'miners',
		'Spoofed devices',
		'',
		[0, 0.4, 0.01],
		0.05,
		'linear',
		'Share of devices that collect rewards without providing coverage.',
		'42% denylisted in one HK sample'
	),
	param(
		'max_miners',
		'N_max',
		'miners',
		'Potential miners',
		'devices',
		[10_000, 10_000_000, 1000],
		2_000_000,
		'log',
		'Largest number of devices the miner community would ever deploy.',
		'Helium ≈1M peak'
	),
	param(
		'order_rate',
		'r_max',
		'miners',
		'Top order rate',
		'share/week',
		[0.001, 0.1, 0.001],
		0.02,
		'linear',
		'Largest share of the remaining miner pool that orders in one week when returns are excellent.',
		'[A] calibrated to Helium 2021'
	),
	param(
		'roi_sensitivity',
		'β_d',
		'miners',
		'ROI sensitivity',
		'',
		[1, 10, 0.1],
		3,
		'linear',
		'How sharply orders respond to expected return above the hurdle.',
		'[A] MODEL.md §6.6'
	),
	param(
		'roi_hurdle',
		'h',
		'miners',
		'Hurdle rate',
		'1/year',
		[0.1, 2, 0.01],
		0.5,
		'linear',
		'Annual return a device must promise before miners order.',
		'[A] MODEL.md §6.6'
	),
	param(
		'innovator_miners',
		'p_m',
		'miners',
		'Innovator miners',
		'share/week',
		[0, 0.001, 0.00001],
		0,
		'linear',
		'Share of the remaining pool that deploys each week without expecting a profit (hobbyists, believers).',
		'[A]; must be 0 for the null state'
	),
	param(
		'miner_awareness',
		'p_aw',
		'miners',
		'Miner awareness floor',
		'',
		[0, 0.01, 0.00001],
		0.001,
		'linear',
		'Share of potential miners who know about the network before anyone tells them.',
		'[A] MODEL.md §12.4 D1 (Helium fit: 1e-4)'
	),
	param(
		'miner_word_of_mouth',
		'q_aw',
		'miners',
		'Miner word of mouth',
		'',
		[0, 5, 0.01],
		1.27,
		'linear',
		'How much each deployed device spreads awareness among potential miners.',
		'MODEL.md §12.4 D1 (Helium fit)'
	),
	param(
		'expectation_lag',
		'τ_e',
		'miners',
		'Expectation lag',
		'weeks',
		[1, 26, 1],
		8,
		'linear',
		'How slowly miners update their expected income (adaptive expectations).',
		'[A] Helium income→adds lag'
	),
	param(
		'hardware_failure',
		'δ_hw',
		'miners',
		'Hardware failure',
		'1/year',
		[0.015, 0.3, 0.005],
		0.1,
		'linear',
		'Yearly share of devices that break or are abandoned regardless of income.',
		'HDD AFR 1.57%/yr is a floor'
	),
	param(
		'economic_churn',
		'δ_e',
		'miners',
		'Economic churn',
		'1/week',
		[0, 0.05, 0.001],
		0.015,
		'linear',
		'Largest weekly share of devices switched off when expected income is below running cost.',
		'Helium −60% active in ≈12 months'
	),
	param(
		'churn_sharpness',
		'β_c',
		'miners',
		'Churn sharpness',
		'',
		[1, 20, 0.5],
		8,
		'linear',
		'How sharply miners quit as expected income falls below running cost.',
		'[A] MODEL.md §6.6'
	),
	param(
		'initial_devices',
		'D₀',
		'miners',
		'Initial devices',
		'devices',
		[0, 1_000_000, 1],
		100,
		'symlog',
		'Devices already deployed at week 0.',
		'Helium 2019-08: 100 (MODEL.md §12.4 D11)'
	),
	param(
		'coverage_cells_per_device',
		'k_cov',
		'miners',
		'Cells covered per device',
		'cells',
		[1, 50, 1],
		7,
		'linear',
		'Hex cells one device covers (a hex and its ring at resolution 8).',
		'[A] LoRa range'
	),
	param(
		'urban_bias',
		'α_loc',
		'miners',
		'Urban placement bias',
		'',
		[0, 2, 0.05],
		0.5,
		'linear',
		'0: devices spread by area; 1: by population; above 1: crowd into cities.',
		'[A] MODEL.md §6.3'
	),
	param(
		'world_cells',
		'A_cells',
		'miners',
		'Service area',
		'cells',
		[10_000, 100_000_000, 1000],
		200_000,
		'log',
		'Number of hex cells in the territory to cover (200k resolution-8 hexes ≈ 150,000 km²).',
		'[A] MODEL.md §12.5 leaves it open'
	),
	// Device manufacturers (B8)
	param(
		'ship_delay',
		'τ_ship',
		'manufacturers',
		'Delivery delay',
		'weeks',
		[2, 40, 1],
		12,
		'linear',
		'Mean time from order to a device switched on.',
		'Helium/Hivemapper backlogs'
	),
	param(
		'capacity_adjust',
		'τ_K',
		'manufacturers',
		'Capacity adjustment',
		'weeks',
		[4, 52, 1],
		26,
		'linear',
		'How slowly manufacturers grow (or shrink) production towards the order rate.',
		'[A] MODEL.md §6.6'
	),
	param(
		'initial_capacity',
		'K₀',
		'manufacturers',
		'Initial capacity',
		'devices/week',
		[50, 50_000, 1],
		200,
		'log',
		'Devices manufacturers can ship per week at launch.',
		'[A] MODEL.md §6.5'
	),
	param(
		'min_capacity',
		'K_min',
		'manufacturers',
		'Minimum capacity',
		'devices/week',
		[0, 1000, 1],
		50,
		'linear',
		'Production manufacturers keep even with no orders.',
		'MODEL.md §12.5 gap value'
	),
	// Users (B5)
	param(
		'market_size',
		'M_max',
		'users',
		'Addressable users',
		'users',
		[10_000, 100_000_000, 1000],
		5_000_000,
		'log',
		'Users who could switch if the whole territory were covered.',
		'[A] MODEL.md §6.6'
	),
	param(
		'initial_users',
		'U₀',
		'users',
		'Initial users',
		'users',
		[0, 100_000_000, 1],
		0,
		'symlog',
		'Users already on the network at week 0 (capped at the addressable market).',
		'[A]'
	),
	param(
		'bass_innovation',
		'p',
		'users',
		'Innovators',
		'1/year',
		[0.001, 0.05, 0.001],
		0.03,
		'linear',
		'Bass innovation coefficient: adoption that needs no word of mouth.',
		'Bass-model meta-analysis'
	),
	param(
		'bass_imitation',
		'q',
		'users',
		'Imitators',
		'1/year',
		[0.1, 1, 0.01],
		0.38,
		'linear',
		'Bass imitation coefficient: adoption driven by existing users.',
		'Bass-model meta-analysis'
	),
	param(
		'inertia',
		'ι₀',
		'users',
		'Cloud inertia',
		'value units',
		[0, 1.5, 0.01],
		0.5,
		'linear',
		'Median switching cost that keeps users on centralised cloud and incumbents.',
		'[A] seed: “inertia of centralized cloud”'
	),
	param(
		'inertia_spread',
		'σ_ι',
		'users',
		'Spread of inertia',
		'',
		[0.1, 2, 0.05],
		0.6,
		'linear',
		'Log-normal spread of users’ switching costs; small means everyone tips at once.',
		'[A] Rohlfs critical mass'
	),
	param(
		'quality_weight',
		'w_Q',
		'users',
		'Weight of service quality',
		'',
		[0, 2, 0.05],
		1,
		'linear',
		'How much users value coverage and uptime when deciding to switch.',
		'[A] MODEL.md §6.6'
	),
	param(
		'price_weight',
		'w_p',
		'users',
		'Weight of price saving',
		'',
		[0, 2, 0.05],
		0.5,
		'linear',
		'How much users value paying less than the centralised comparator.',
		'[A] MODEL.md §6.6'
	),
	param(
		'usage_per_user',
		'q₀',
		'users',
		'Usage per user',
		'units/week',
		[0, 1000, 0.1],
		2,
		'symlog',
		'Service units each user consumes per week (GB, packets, GPU-hours…).',
		'[A] mobile offload 2 GB/week'
	),
	param(
		'service_price_usd',
		'p_s',
		'users',
		'Service price',
		'USD/unit',
		[0, 10, 0.000001],
		0.5,
		'symlog',
		'What users pay the network per unit of service.',
		'Helium Mobile $0.50/GB (HIP-53)'
	),
	param(
		'cloud_price_usd',
		'p_cloud',
		'users',
		'Centralised price',
		'USD/unit',
		[0, 50, 0.01],
		6,
		'symlog',
		'Price of the same unit from a centralised incumbent; 0 means no comparator.',
		'US mobile data ≈$6/GB'
	),
	param(
		'user_churn',
		'δ_U',
		'users',
		'User churn',
		'1/year',
		[0, 1, 0.01],
		0.1,
		'linear',
		'Yearly share of users who leave whatever the quality.',
		'[A] MODEL.md §6.6'
	),
	param(
		'quality_churn',
		'δ_Q',
		'users',
		'Quality churn',
		'1/year',
		[0, 2, 0.05],
		0.5,
		'linear',
		'Extra yearly churn per unit of quality shortfall below the threshold.',
		'[A] MODEL.md §6.6'
	),
	param(
		'quality_threshold',
		'Q*',
		'users',
		'Quality threshold',
		'',
		[0, 1, 0.01],
		0.5,
		'linear',
		'Service quality below which users start leaving.',
		'[A] MODEL.md §6.6'
	),
	// Run
	param(
		'horizon_weeks',
		'T',
		'run',
		'Run length',
		'weeks',
		[1, 1040, 1],
		520,
		'linear',
		'Number of weekly steps in a run.',
		'MODEL.md §6.1: 10 years'
	),
	// --- Appended with issue #3 (ids are positions: append only) ---
	// Emission policies (B2)
	choice(
		'emission_mode',
		'emis_mode',
		'token',
		'Emission schedule',
		['halving', 'exponential decay', 'fixed', 'two-step table', 'Filecoin hybrid'],
		0,
		'How emissions evolve: halving every H weeks (Helium), exponential decay (Filecoin simple minting), constant, a two-step table (Render-style cut), or Filecoin’s hybrid of simple minting and baseline minting, which pays out only as fast as capacity keeps up with a growing baseline.',
		'MODEL.md §6.3 B2'
	),
	param(
		'emission_decay_rate',
		'λ',
		'token',
		'Emission decay rate',
		'1/year',
		[0.05, 0.7, 0.005],
		0.115,
		'linear',
		'Exponential decay: E = E₀·e^(−λt). ln2/6 ≈ 0.115 is a six-year half-life. Filecoin hybrid: the decay of both simple and baseline minting.',
		'Filecoin simple minting (ln2/6 yr)'
	),
	param(
		'emission_step_week',
		'T_step',
		'token',
		'Table: week of the cut',
		'weeks',
		[1, 1040, 1],
		52,
		'linear',
		'Two-step table: the week from which the later emission applies.',
		'Render: year-1 schedule, then cut'
	),
	param(
		'emission_after_step',
		'E_later',
		'token',
		'Table: emission after the cut',
		'tokens/week',
		[0, 10_000_000, 100],
		19_600,
		'symlog',
		'Two-step table: tokens per week after the cut.',
		'Render: 85,000/month to node operators'
	),
	param(
		'remint_cap',
		'NE_cap',
		'token',
		'Net-emission re-mint cap',
		'tokens/week',
		[0, 10_000_000, 1],
		11_507,
		'symlog',
		'Burned tokens are minted again as rewards, up to this many per week (0 turns net emissions off).',
		'Helium: 1,643.84 HNT/day'
	),
	param(
		'burn_smoothing',
		'τ_NE',
		'token',
		'Burn smoothing for re-mint',
		'weeks',
		[1, 4, 0.5],
		1,
		'linear',
		'The re-mint follows an exponential moving average of last week’s burn.',
		'HIP-20 (7-epoch EMA)'
	),
	// Sinks (B6)
	choice(
		'sink_mode',
		'sink_mode',
		'token',
		'Where usage revenue goes',
		['burn and mint', 'buyback and burn', 'direct payment'],
		0,
		'Burn and mint: users’ payments buy and burn tokens. Buyback: providers are paid in USD and the protocol’s take buys and burns tokens. Direct payment: providers are paid in USD, nothing is burned.',
		'Helium, Render (BME); Akash (direct)'
	),
	param(
		'take_rate',
		'f_take',
		'token',
		'Protocol take rate',
		'',
		[0, 0.3, 0.01],
		0.2,
		'linear',
		'Share of usage revenue the protocol keeps when providers are paid directly (buyback burns it).',
		'Akash (USDC) 20%'
	),
	// Reward pools and vesting (B7, B9)
	param(
		'investor_share',
		's_inv',
		'token',
		'Investors’ and team’s share',
		'',
		[0, 0.5, 0.01],
		0.35,
		'linear',
		'Share of emission locked for investors and the team, released over the vesting period after a cliff.',
		'HIP-20 year 1: 35%'
	),
	param(
		'validator_share',
		's_val',
		'token',
		'Validators’ share',
		'',
		[0, 0.1, 0.01],
		0.06,
		'linear',
		'Share of emission paid to validators (who hold).',
		'HIP-20: 6%'
	),
	param(
		'vesting_weeks',
		'τ_vest',
		'token',
		'Vesting period',
		'weeks',
		[13, 520, 1],
		208,
		'linear',
		'Locked tokens are released at 1/τ_vest of the locked balance per week after the cliff.',
		'[A] typical'
	),
	param(
		'vesting_cliff_weeks',
		'cliff',
		'token',
		'Vesting cliff',
		'weeks',
		[0, 208, 1],
		52,
		'linear',
		'Nothing unlocks before this week.',
		'[A] typical'
	),
	param(
		'investor_sell_fraction',
		'σ_i',
		'market',
		'Investors sell',
		'',
		[0, 1, 0.01],
		0.5,
		'linear',
		'Share of unlocked tokens investors sell at once.',
		'[A] MODEL.md §6.6'
	),
	param(
		'builder_sell_fraction',
		'σ_b',
		'market',
		'Builders sell',
		'',
		[0, 1, 0.01],
		0.8,
		'linear',
		'Share of their grant tokens builders sell to pay for work.',
		'[A] MODEL.md §6.6'
	),
	// Market regimes (B1)
	param(
		'bull_drift',
		'μ_bull',
		'market',
		'Bull market drift',
		'1/year',
		[0, 3, 0.05],
		0.8,
		'linear',
		'Yearly log-growth of the crypto market index in a bull market.',
		'[A] MODEL.md §6.6; §12.4 D11'
	),
	param(
		'bear_drift',
		'μ_bear',
		'market',
		'Bear market drift',
		'1/year',
		[-3, 0, 0.05],
		-0.9,
		'linear',
		'Yearly log-growth of the crypto market index in a bear market.',
		'HNT −96%, FIL −98% from peaks'
	),
	param(
		'bull_weeks',
		'd_bull',
		'market',
		'Mean bull market length',
		'weeks',
		[4, 260, 1],
		78,
		'linear',
		'Bull markets end with probability 1/d_bull each week.',
		'[A] MODEL.md §6.6'
	),
	param(
		'bear_weeks',
		'd_bear',
		'market',
		'Mean bear market length',
		'weeks',
		[4, 260, 1],
		52,
		'linear',
		'Bear markets end with probability 1/d_bear each week.',
		'[A] MODEL.md §6.6'
	),
	param(
		'market_beta',
		'β_X',
		'market',
		'Beta to the crypto market',
		'',
		[0, 2, 0.05],
		1,
		'linear',
		'How strongly the token follows the crypto market index.',
		'[A] MODEL.md §6.6'
	),
	// Builders (B4)
	param(
		'builder_share_infra',
		's_bI',
		'builders',
		'Grants to infrastructure builders',
		'',
		[0, 0.3, 0.01],
		0,
		'linear',
		'Share of emission granted to teams building infrastructure (SDKs, gateways, integrations).',
		'Helium 0; generic 5% [A]'
	),
	param(
		'builder_share_app',
		's_bA',
		'builders',
		'Grants to application builders',
		'',
		[0, 0.3, 0.01],
		0,
		'linear',
		'Share of emission granted to teams building applications on the network.',
		'Helium 0; generic 5% [A]'
	),
	param(
		'initial_builders',
		'B₀',
		'builders',
		'Initial builder teams',
		'teams',
		[0, 100, 1],
		1,
		'linear',
		'Infrastructure and application teams at launch (each).',
		'MODEL.md §6.5'
	),
	param(
		'builder_entry',
		'a',
		'builders',
		'Builder entry rate',
		'teams/week',
		[0, 10, 0.1],
		2,
		'linear',
		'Teams that join per week per unit of attraction (grants and users).',
		'[A] MODEL.md §6.6'
	),
	param(
		'builder_exit',
		'δ_B',
		'builders',
		'Builder exit',
		'1/year',
		[0, 1, 0.01],
		0.2,
		'linear',
		'Yearly share of teams that leave.',
		'[A] MODEL.md §6.6'
	),
	param(
		'builders_max_infra',
		'B_I,max',
		'builders',
		'Most infrastructure teams',
		'teams',
		[1, 1000, 1],
		200,
		'log',
		'Ceiling of the infrastructure builder ecosystem.',
		'[A] MODEL.md §6.6'
	),
	param(
		'builders_max_app',
		'B_A,max',
		'builders',
		'Most application teams',
		'teams',
		[1, 10_000, 1],
		2000,
		'log',
		'Ceiling of the application builder ecosystem.',
		'[A] MODEL.md §6.6'
	),
	param(
		'grant_per_team_usd',
		'g',
		'builders',
		'Grant that attracts one team',
		'USD/week',
		[1000, 1_000_000, 100],
		50_000,
		'log',
		'Weekly grant value that attracts one more team.',
		'MODEL.md §12.5 gap value'
	),
	param(
		'builder_user_ref',
		'U_ref',
		'builders',
		'Users that attract one team',
		'users',
		[1000, 10_000_000, 1000],
		100_000,
		'log',
		'Users that attract builders as much as one grant.',
		'MODEL.md §12.5 gap value'
	),
	param(
		'infra_inertia_effect',
		'k_I',
		'builders',
		'Infrastructure lowers inertia',
		'',
		[0, 3, 0.05],
		1,
		'linear',
		'Inertia falls as ι₀·e^(−k_I·B_I/50): integrations make switching easier.',
		'[A] MODEL.md §6.6'
	),
	param(
		'app_usage_effect',
		'κ_A',
		'builders',
		'Apps raise usage',
		'',
		[0, 3, 0.05],
		1,
		'linear',
		'Usage per user grows as q₀·(1 + κ_A·A_app), A_app = B_A/(B_A + 200).',
		'[A] MODEL.md §6.6'
	),
	param(
		'app_weight',
		'w_A',
		'users',
		'Weight of apps',
		'',
		[0, 2, 0.05],
		0.3,
		'linear',
		'How much users value the applications built on the network.',
		'[A] MODEL.md §6.6'
	),
	choice(
		'market_mode',
		'noise',
		'market',
		'Market randomness',
		['random', 'deterministic'],
		0,
		'Random: regimes switch at random and the index is noisy (seeded). Deterministic: regimes alternate exactly every d_bull and d_bear weeks, with no noise.',
		'MODEL.md §12.5 (deterministic regime sequence)'
	),
	param(
		'density_classes',
		'J',
		'miners',
		'Density classes',
		'classes',
		[1, 10, 1],
		10,
		'linear',
		'The territory is split into J classes of equal area with Zipf-distributed population; J = 1 is a uniform territory.',
		'MODEL.md §6.3 B3 (J = 10; tipping demo J = 1)'
	),
	param(
		'region_share',
		'share_r',
		'run',
		'Regulated region’s share',
		'',
		[0, 1, 0.01],
		0.5,
		'linear',
		'Share of devices and shipments in the region that regulatory events (bans, halted shipments) act on.',
		'MODEL.md §9: US ≈ 50% of devices'
	),
	param(
		'random_event_rate',
		'λ_reg',
		'run',
		'Random regulatory events',
		'per year',
		[0, 4, 0.05],
		0,
		'linear',
		'Rate of random regulatory events (enforcement, ban, equipment rule, clarity, equally likely), each lasting 13 weeks. Seeded: the same link gives the same events.',
		'MODEL.md §6.6 (Poisson λ_reg/yr)'
	),
	choice(
		'network_kind',
		'kind',
		'miners',
		'Kind of network',
		['coverage (wireless, mapping)', 'capacity (storage, compute)'],
		0,
		'Coverage: devices cover cells and users need coverage where they live. Capacity: devices add capacity anywhere (storage, GPU) and users need enough of it.',
		'MODEL.md §6.3 B3'
	),
	param(
		'capacity_per_device',
		'cap_unit',
		'miners',
		'Capacity per device',
		'units/week',
		[0.1, 1_000_000, 0.1],
		100,
		'symlog',
		'Capacity networks: service units one online device can deliver per week (TiB stored, GPU-hours…).',
		'[A] MODEL.md §6.3 B3'
	),
	param(
		'replication',
		'k_rep',
		'miners',
		'Replication',
		'copies',
		[1, 5, 1],
		1,
		'linear',
		'Capacity networks: copies of each unit kept; availability 1 − (1 − u)^k_rep.',
		'MODEL.md §6.3 B3'
	),
	// Filecoin hybrid emission (B2, emission_mode 4)
	param(
		'baseline_share',
		's_base',
		'token',
		'Hybrid: baseline minting share',
		'',
		[0, 1, 0.01],
		0.7,
		'linear',
		'Filecoin hybrid: share of the mining allocation minted only as capacity keeps up with the baseline; the rest is simple minting that decays with time alone.',
		'Filecoin: 770M of the 1.1B FIL mining allocation (spec, reward actor)'
	),
	param(
		'baseline_initial',
		'b₀',
		'token',
		'Hybrid: baseline at launch',
		'units/week',
		[1, 1_000_000_000_000, 1],
		2_627_429,
		'log',
		'Filecoin hybrid: capacity target at launch, in the unit of capacity per device (TiB for storage). Online devices × capacity per device is measured against it.',
		'Filecoin BASELINE_INITIAL_VALUE 2.89·10¹⁸ bytes ≈ 2.5 EiB = 2,627,429 TiB'
	),
	param(
		'baseline_growth',
		'g_b',
		'token',
		'Hybrid: baseline growth',
		'1/year',
		[0, 2, 0.001],
		0.693,
		'linear',
		'Filecoin hybrid: the baseline grows as b₀·e^(g_b·t); ln2 ≈ 0.693 doubles it every year.',
		'Filecoin BASELINE_EXPONENT: doubling yearly (ln2)'
	)
]);

/** Index of each key in PARAMS; the same number is the core's parameter id. */
export const PARAM_INDEX: ReadonlyMap<string, number> = new Map(PARAMS.map((p, i) => [p.key, i]));

export type ParamValues = Record<string, number>;

export function defaultParams(): ParamValues {
	return Object.fromEntries(PARAMS.map((p) => [p.key, p.default]));
}

/** Group labels, in the control panel's order. */
export const GROUP_LABELS: Readonly<Record<ParamGroup, string>> = {
	token: 'Token economics',
	market: 'Market',
	miners: 'Miners and devices',
	manufacturers: 'Device manufacturers',
	builders: 'Builders',
	users: 'Users',
	// The regulated region and random regulatory events live here, beside the run's length.
	run: 'Shocks and run length'
};
