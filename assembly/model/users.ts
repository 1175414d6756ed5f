// B5 Users: Bass adoption gated by service quality against the inertia of centralised cloud.
// Gross benefit B = w_Q·Q + w_p·clip((p_cloud − p_s)/p_cloud, −1, 1) + w_A·A_app; the gate
// G = Φ((ln B − ln ι_t)/σ_ι) is the share of users whose log-normal switching cost is below B
// (MODEL.md §12.4 D2); ι_t and A_app come from the builders (B4).
// Market M (B3: M_max·C_pop, or capacity-limited); hazard h = (p + q·U/M)·G per year; U⁺ = h·(M − U)⁺;
// U⁻ = δ_U·U + δ_Q·(Q* − Q)⁺·U + ξ·(U − M)⁺. Revenue R = U·q_u·p_s·served USD/week.
import { P } from '../generated/params';
import { InlineMath } from '../inline-math';
import { normalCdf } from '../math';
import { World } from '../world';
import { derived } from './derived';

const WEEKS_PER_YEAR: f64 = 52.0;
/** ξ: weekly share of users beyond the covered market who leave (MODEL.md §12.5). */
const EXCESS_CHURN: f64 = 0.1;

export function adoptionGate(w: World, p: StaticArray<f64>): f64 {
	// The price term w_p·clip((p_cloud − p_s)/p_cloud, −1, 1) depends on parameters only.
	const benefit =
		unchecked(p[P.quality_weight]) * w.quality +
		derived.priceBenefit +
		unchecked(p[P.app_weight]) * w.appAttract;
	if (benefit <= 0.0) return 0.0;
	const inertia = w.inertiaNow;
	if (inertia <= 0.0) return 1.0;
	return normalCdf(
		(InlineMath.log(benefit) - InlineMath.log(inertia)) / unchecked(p[P.inertia_spread])
	);
}

export function stepUsers(w: World, p: StaticArray<f64>): void {
	const market = w.market;
	const u = w.users;
	w.gate = adoptionGate(w, p);
	// Share of the market already adopted, capped at 1: beyond it (M − U)⁺ = 0 anyway, and the
	// cap keeps U/M finite when coverage is vanishingly small (∞·0 would be NaN).
	const share = market > 0.0 ? Math.min(1.0, u / market) : 0.0;
	const rate =
		(unchecked(p[P.bass_innovation]) + unchecked(p[P.bass_imitation]) * share) / WEEKS_PER_YEAR;
	const hazard = Math.min(1.0, rate * w.gate);
	const gained = hazard * Math.max(0.0, market - u);
	const shortfall = Math.max(0.0, unchecked(p[P.quality_threshold]) - w.quality);
	const churnRate =
		(unchecked(p[P.user_churn]) + unchecked(p[P.quality_churn]) * shortfall) / WEEKS_PER_YEAR;
	const lost = Math.min(u, churnRate * u + EXCESS_CHURN * Math.max(0.0, u - market));
	w.users = u + gained - lost;
	w.revenue = w.users * w.usagePerUser * unchecked(p[P.service_price_usd]) * w.served;
}
