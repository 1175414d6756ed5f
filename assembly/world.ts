// The aggregate model's state: stocks carried from week to week, and the flows and derived
// quantities of the latest step (kept for the metrics row). Units: weeks, USD, whole tokens.
// One instance lives for the whole module (allocated once; the stub runtime never frees).

export class World {
	week: i32 = 0;

	// Stocks
	devices: f64 = 0; // D, listed devices
	backlog: f64 = 0; // Q_b, ordered and not yet shipped
	capacity: f64 = 0; // K, devices/week manufacturers can ship
	expectedIncome: f64 = 0; // π^e, USD/week net of opex, per device
	users: f64 = 0; // U
	price: f64 = 0; // P, USD/token
	supply: f64 = 0; // S, circulating tokens
	minted: f64 = 0; // cumulative tokens minted
	burned: f64 = 0; // cumulative tokens burned
	lnMarket: f64 = 0; // ln X, crypto market index
	growthEma: f64 = 0; // ĝ, smoothed weekly growth rate of D (1/week)
	locked: f64 = 0; // L_inv, investors' and team's tokens not yet vested
	burnEma: f64 = 0; // smoothed burn that drives the net-emission re-mint
	bull: bool = true; // market regime
	regimeAge: i32 = 0; // weeks since the regime began
	buildersInfra: f64 = 0; // B_I, teams
	buildersApp: f64 = 0; // B_A, teams
	baselineCum: f64 = 0; // R̃Σ, capacity capped at the baseline, summed (units/week × years)
	networkTime: f64 = 0; // θ, effective network time of Filecoin baseline minting (years)

	// The integer ledger (model/ledger.ts): the same stocks in whole base units (10⁻⁶ token)
	supplyBase: i64 = 0;
	lockedBase: i64 = 0;
	mintedBase: i64 = 0;
	burnedBase: i64 = 0;

	// Flows and derived values of the latest step
	dLnMarket: f64 = 0;
	emission: f64 = 0; // E, tokens/week
	burn: f64 = 0; // b, tokens/week
	revenue: f64 = 0; // R, USD/week
	income: f64 = 0; // π, USD/week net of opex, per device
	orders: f64 = 0;
	shipments: f64 = 0;
	exits: f64 = 0; // devices leaving this week (failure and economic churn)
	relocated: f64 = 0; // banned devices coming back this week
	devicesLive: f64 = 0;
	coverage: f64 = 0; // C_pop
	availability: f64 = 0; // Ā
	quality: f64 = 0; // Q
	served: f64 = 1; // share of demand served (capacity networks)
	market: f64 = 0; // M, users the network can serve now
	gate: f64 = 0; // G, share of the market willing to switch
	marketCap: f64 = 0;
	remint: f64 = 0; // tokens/week re-minted from burn (net emissions)
	unlock: f64 = 0; // tokens/week released from vesting
	minerTokens: f64 = 0; // miners' reward tokens this week
	builderTokens: f64 = 0; // builders' grant tokens this week
	lockedTokens: f64 = 0; // investors' tokens locked this week
	grantsUsd: f64 = 0;
	directUsd: f64 = 0; // usage revenue paid to providers in USD (buyback, direct pay)
	inertiaNow: f64 = 0; // ι_t, after infrastructure builders
	appAttract: f64 = 0; // A_app
	usagePerUser: f64 = 0; // q_u, units/week

	// Events (assembly/events.ts): a lasting stock, then this week's modifiers
	inertiaReg: f64 = 0; // ι_reg, inertia added (or removed) by regulation
	relocating: f64 = 0; // devices removed by a ban that will come back elsewhere
	banned: f64 = 0; // devices removed by bans this week
	kappaMult: f64 = 1;
	shipHalt: f64 = 0; // share of shipments halted
	capexMult: f64 = 1;
	shipDelayAdd: f64 = 0;
	forcedRegime: i32 = -1; // −1 none, 0 bear, 1 bull
	forcedDrift: f64 = 0;
	specShock: f64 = 0; // one-off speculative flow, as a share of market cap
	banShare: f64 = 0; // share of all devices removed by bans starting this week
	eventsActive: i32 = 0;
}
