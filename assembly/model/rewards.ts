// B7 Rewards: this week's minted tokens (E + remint) split into pools (pools.ts); investors'
// tokens are locked and vest at L/τ_vest per week after the cliff. Income per online device:
// π = (P·s_m'·(E + remint) + direct USD)/max(D·u, 1) − c_op (USD/week, net of running cost).
import { P } from '../generated/params';
import { World } from '../world';
import { derived } from './derived';

export function stepRewards(w: World, p: StaticArray<f64>): void {
	const minted = w.emission + w.remint;
	w.minerTokens = derived.minerShare * minted;
	w.builderTokens = derived.builderShare * minted;
	w.lockedTokens = derived.investorShare * minted;
	w.unlock =
		<f64>w.week >= unchecked(p[P.vesting_cliff_weeks])
			? w.locked / unchecked(p[P.vesting_weeks])
			: 0.0;
	const online = Math.max(w.devices * unchecked(p[P.uptime]), 1.0);
	w.income = (w.price * w.minerTokens + w.directUsd) / online - derived.opex;
}
