// B4 Builders. Grants: grants_I = s_bI'·(E + remint)·P and grants_A likewise (shares after
// normalisation, pools.ts). Attraction x_I = a·(grants_I/g + U/U_ref),
// x_A = a·(grants_A/g + (U/U_ref)·B_I/(B_I + 50)): apps need users and infrastructure.
// Semi-implicit logistic step (MODEL.md §12.4 D8): B ← (B + x)/(1 + x/B_max + δ_B/52).
// Effects: inertia ι_t = ι₀·e^(−k_I·B_I/50); A_app = B_A/(B_A + 200); usage q_u = q₀·(1 + κ_A·A_app).
import { P } from '../generated/params';
import { InlineMath } from '../inline-math';
import { World } from '../world';
import { derived } from './derived';

const INFRA_HALF: f64 = 50.0; // B_I,½ and B_I,ref (MODEL.md §12.5)
const APP_HALF: f64 = 200.0; // A_½ (MODEL.md §12.5)

export function stepBuilders(w: World, p: StaticArray<f64>): void {
	const minted = (w.emission + w.remint) * w.price;
	const grantsInfra = derived.builderInfraShare * minted;
	const grantsApp = derived.builderAppShare * minted;
	w.grantsUsd = grantsInfra + grantsApp;
	const grant = unchecked(p[P.grant_per_team_usd]);
	const userPull = w.users / unchecked(p[P.builder_user_ref]);
	const entry = unchecked(p[P.builder_entry]);
	const exit = derived.builderExit;

	const xI = entry * (grantsInfra / grant + userPull);
	const bI = w.buildersInfra;
	w.buildersInfra = (bI + xI) / (1.0 + xI / unchecked(p[P.builders_max_infra]) + exit);
	const xA = entry * (grantsApp / grant + (userPull * bI) / (bI + INFRA_HALF));
	w.buildersApp = (w.buildersApp + xA) / (1.0 + xA / unchecked(p[P.builders_max_app]) + exit);
	applyBuilderEffects(w, p);
}

/** What the builders change for users: inertia, app attractiveness, usage per user. */
export function applyBuilderEffects(w: World, p: StaticArray<f64>): void {
	// ι_t = ι₀·e^(−k_I·B_I/50) + ι_reg (MODEL.md §6.3 B4), never below 0.
	w.inertiaNow = Math.max(
		0.0,
		unchecked(p[P.inertia]) *
			InlineMath.exp((-unchecked(p[P.infra_inertia_effect]) * w.buildersInfra) / INFRA_HALF) +
			w.inertiaReg
	);
	w.appAttract = w.buildersApp / (w.buildersApp + APP_HALF);
	w.usagePerUser =
		unchecked(p[P.usage_per_user]) * (1.0 + unchecked(p[P.app_usage_effect]) * w.appAttract);
}
