/** fast-check arbitraries drawn from the parameter schema. */
import fc from 'fast-check';
import { PARAMS } from '../../web/src/scenario/schema';
import type { ParamValues } from '../../web/src/scenario/schema';
import { quantise } from '../../web/src/scenario/validate';
import type { Scenario } from '../../web/src/scenario/scenario';
import { PRESETS } from '../../web/src/scenario/presets';

/** Any value in [min, max] for every parameter (not quantised): the model's whole input space. */
export const paramsArb: fc.Arbitrary<ParamValues> = fc.record(
	Object.fromEntries(
		PARAMS.map((p) => [
			p.key,
			fc.double({ min: p.min, max: p.max, noNaN: true, noDefaultInfinity: true })
		])
	)
);

/** Scenarios as a link can express them: values on the step grid. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
	seed: fc.nat({ max: 0xffffffff }),
	preset: fc.constantFrom(null, ...PRESETS.map((p) => p.key)),
	params: fc.record(
		Object.fromEntries(
			PARAMS.map((p) => [
				p.key,
				fc.oneof(
					fc.constant(p.default),
					fc.double({ min: p.min, max: p.max, noNaN: true }).map((v) => quantise(v, p))
				)
			])
		)
	)
});

export const seedArb = fc.nat({ max: 0xffffffff });
