/**
 * The source brief's ideas, in our own words, and the levers that express each of them.
 * Levers are named by schema key (and groups by ParamGroup), never by hand-written labels:
 * the page shows the schema's labels, so the text stays true when a lever is renamed, and a
 * unit test fails if a key disappears.
 */
import type { ParamGroup } from '../scenario/param-spec';

export interface Stakeholder {
	readonly key: string;
	readonly title: string;
	/** Who they are, in the brief's terms. */
	readonly role: string;
	/** How the model represents them. */
	readonly inModel: string;
	/** The lever group that holds their levers in the control area. */
	readonly group: ParamGroup;
}

export const STAKEHOLDERS: readonly Stakeholder[] = [
	{
		key: 'manufacturers',
		title: 'Device manufacturers',
		role: 'Build the hardware a network runs on: radio hotspots, storage servers, GPU rigs, dashcams.',
		inModel:
			'Miners’ orders join a backlog that factories work through at a limited capacity, which adjusts only slowly. A boom shows up as a growing backlog and lead time; a bust as idle capacity.',
		group: 'manufacturers'
	},
	{
		key: 'miners',
		title: 'Miners',
		role: 'Buy and run the devices, providing coverage, storage, bandwidth or compute, in exchange for token rewards.',
		inModel:
			'Each week they compare what a device is expected to earn (their share of emissions at the token’s price, plus any direct pay for usage) with its price and running cost. They order when the return clears their hurdle and switch devices off when income falls below cost.',
		group: 'miners'
	},
	{
		key: 'builders',
		title: 'Infrastructure and application builders',
		role: 'Infrastructure builders make the network’s core components; application builders use them to make the products people actually use.',
		inModel:
			'Teams are drawn in by grants paid from emissions and by a growing user base. Infrastructure teams make switching from the cloud easier (lower inertia); application teams make each user use more.',
		group: 'builders'
	},
	{
		key: 'users',
		title: 'Users',
		role: 'Use the applications and pay for the service; their payments are the network’s only revenue from outside.',
		inModel:
			'They adopt the way new products spread (a few innovators, then imitators), but only once service quality and the saving against the centralised price outweigh the inertia that keeps them with incumbent clouds. Their usage pays revenue that is burned or paid to providers.',
		group: 'users'
	}
];

export interface Challenge {
	readonly key: string;
	readonly title: string;
	/** The challenge as the brief frames it. */
	readonly brief: string;
	/** What moving the levers shows in the model. */
	readonly inModel: string;
	/** Schema keys of the levers that express it. */
	readonly levers: readonly string[];
	/** Kinds of event on the events timeline that express it (scenario/events.ts keys). */
	readonly events?: readonly string[];
}

export const CHALLENGES: readonly Challenge[] = [
	{
		key: 'technical',
		title: 'Technical',
		brief:
			'Match the reliability and uptime of centralised providers while coordinating hardware that many independent people own and run.',
		inModel:
			'Service quality is coverage times availability against a 99% service level. Low uptime, spoofed devices that earn without serving and breaking hardware all lower quality, and users leave when it falls below their threshold.',
		levers: ['uptime', 'gaming_share', 'hardware_failure', 'replication', 'quality_threshold']
	},
	{
		key: 'economic',
		title: 'Economic',
		brief:
			'Keep the token economics viable as the network matures, balancing what participants earn against what users pay.',
		inModel:
			'Emissions pay miners before there is demand; as they decay, usage revenue has to take over. The coverage ratio (usage revenue over the value of emissions) shows how far the network is from paying its own way.',
		levers: [
			'emission_initial',
			'emission_mode',
			'miner_share',
			'sink_mode',
			'device_capex_usd',
			'device_opex_usd_month',
			'service_price_usd'
		]
	},
	{
		key: 'regulatory',
		title: 'Regulatory',
		brief:
			'Tokens and crypto-economic systems face changing rules; how a token is classified in law shapes how the network can operate.',
		inModel:
			'The model does not judge law. It represents its effects as shocks: enforcement (a sell-off, delistings, wary enterprise users), regional bans that remove devices, equipment rules that make devices dearer and slower to ship, and clarity that helps. Place them on the events timeline, or let them arrive at random.',
		levers: ['region_share', 'random_event_rate'],
		events: ['enforcement', 'regional_ban', 'equipment_rule', 'clarity']
	},
	{
		key: 'adoption',
		title: 'Adoption',
		brief:
			'The chicken-and-egg problem: users come only where there is infrastructure, miners build only where there are users; and customers are slow to leave the cloud they know.',
		inModel:
			'Adoption is gated by inertia: unless quality, price and apps outweigh the cost of switching, even a well-covered network gains few users. Between a network that fizzles and one that takes off lies a tipping point (try the tipping demo preset).',
		levers: [
			'inertia',
			'inertia_spread',
			'bass_imitation',
			'quality_weight',
			'price_weight',
			'cloud_price_usd',
			'infra_inertia_effect'
		]
	}
];

/** The brief's market facts, as it states them (not measured by us). */
export const MARKET_FACTS = {
	projects: '350+',
	marketCap: 'about $50 billion',
	devices: 'more than 13 million',
	shareOfPotential: 'less than 0.1% of the potential market'
} as const;

export interface Assumption {
	/** The condition, as the brief states it. */
	readonly text: string;
	/** What it means in the model. */
	readonly inModel: string;
	/** Schema keys of the levers it is about. */
	readonly levers: readonly string[];
}

/** The brief's stated conditions for its 100–1000× projection, and their levers here. */
export const PROJECTION_ASSUMPTIONS: readonly Assumption[] = [
	{
		text: 'Demand for AI infrastructure keeps exploding.',
		inModel: 'Here: many users, who each use a lot and pay for it.',
		levers: ['market_size', 'usage_per_user', 'service_price_usd']
	},
	{
		text: 'The regulatory environment stays workable.',
		inModel: 'Here: no enforcement or bans on the events timeline, and no random ones.',
		levers: ['random_event_rate']
	},
	{
		text: 'Early networks show, at scale, that they pay their own way and work reliably.',
		inModel:
			'Here: a coverage ratio that reaches 1 before the emissions fade, and service good enough to keep users.',
		levers: ['uptime', 'gaming_share']
	}
];
