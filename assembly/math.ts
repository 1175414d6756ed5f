// Small numeric helpers. Each has a twin in web/src/model/reference.ts that must perform the
// same IEEE operations in the same order (the differential test compares bit for bit).
import { InlineMath } from './inline-math';

export function clamp(x: f64, lo: f64, hi: f64): f64 {
	return x < lo ? lo : x > hi ? hi : x;
}

export function logistic(x: f64): f64 {
	return 1.0 / (1.0 + InlineMath.exp(-x));
}

const INV_SQRT_2PI: f64 = 0.3989422804014327;

/** Standard normal CDF, Abramowitz & Stegun 26.2.17 (absolute error < 7.5e-8). */
export function normalCdf(x: f64): f64 {
	const z = Math.abs(x);
	const t = 1.0 / (1.0 + 0.2316419 * z);
	const poly =
		t *
		(0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
	const upper = INV_SQRT_2PI * InlineMath.exp(-0.5 * z * z) * poly;
	return x >= 0.0 ? 1.0 - upper : upper;
}
