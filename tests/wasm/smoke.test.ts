import { test } from 'vitest';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { defaultParams } from '../../web/src/scenario/schema';
import { METRICS, METRIC_COUNT } from '../../web/src/model/metrics';
import { ReferenceModel } from '../../web/src/model/reference';
test('smoke', async () => {
	const core = await loadCoreInNode('test');
	core.setParams(defaultParams());
	core.init(42);
	core.step(520);
	const rows = core.copyRows(0, 520);
	const ref = new ReferenceModel(defaultParams());
	ref.init(42);
	ref.step(520);
	const r = ref.rows();
	let diff = 0;
	for (let i = 0; i < rows.length; i++) if (!Object.is(rows[i], r[i])) diff++;
	console.log('diffs', diff, rows.length);
	for (const w of [0, 1, 10, 26, 52, 104, 156, 208, 260, 312, 416, 520]) {
		const o = w * METRIC_COUNT;
		console.log(
			METRICS.map((m, i) => `${m.key}=${Number(rows[o + i].toPrecision(4))}`)
				.slice(0, 16)
				.join(' ')
		);
	}
});
