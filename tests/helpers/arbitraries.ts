/** fast-check arbitraries drawn from the parameter schema. */
import fc from 'fast-check';
import { PARAMS } from '../../web/src/scenario/schema';
import type { ParamValues } from '../../web/src/scenario/schema';
import { quantise } from '../../web/src/scenario/validate';
import type { Scenario } from '../../web/src/scenario/scenario';
import { PRESETS } from '../../web/src/scenario/presets';
import { EVENT_TYPES, sortEvents } from '../../web/src/scenario/events';
import type { ScenarioEvent } from '../../web/src/scenario/events';

/** Any value in [min, max] for every parameter (not quantised): the model's whole input space. */
export const paramsArb: fc.Arbitrary<ParamValues> = fc.record(
	Object.fromEntries(
		PARAMS.map((p) => [
			p.key,
			// Choices and class counts are whole numbers; everything else any double in range.
			p.options || p.key === 'density_classes'
				? fc.integer({ min: p.min, max: p.max })
				: fc.double({ min: p.min, max: p.max, noNaN: true, noDefaultInfinity: true })
		])
	)
);

/** Valid events (any type, start, duration and magnitude in range; magnitudes on a 0.01 grid). */
export const eventArb: fc.Arbitrary<ScenarioEvent> = fc
	.nat({ max: EVENT_TYPES.length - 1 })
	.chain((id) => {
		const spec = EVENT_TYPES[id];
		return fc.record({
			type: fc.constant(spec.key),
			start: fc.nat({ max: 1040 }),
			duration: fc.integer({ min: 1, max: 520 }),
			magnitude: fc
				.integer({
					min: Math.round(spec.magnitude.min * 100),
					max: Math.round(spec.magnitude.max * 100)
				})
				.map((v) => v / 100)
		});
	});

export const eventsArb = fc.array(eventArb, { maxLength: 6 }).map(sortEvents);

/** Scenarios as a link can express them: values on the step grid. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
	seed: fc.nat({ max: 0xffffffff }),
	preset: fc.constantFrom(null, ...PRESETS.map((p) => p.key)),
	events: eventsArb,
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
