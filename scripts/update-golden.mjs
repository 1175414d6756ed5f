// Regenerates tests/golden/expected/<preset>.json from the current release core. Review the
// diff before committing: every change there is a change in what the model says.
import { writeFile, rm } from 'node:fs/promises';
import { runnerImport } from 'vite';

const load = async (path) =>
	(await runnerImport(path, { configFile: false, logLevel: 'silent' })).module;
const { loadCoreInNode } = await load('./web/src/engine/load-core-node.ts');
const { PRESETS } = await load('./web/src/scenario/presets.ts');
const { goldenFile, goldenOf } = await load('./tests/golden/golden-runs.ts');

const core = await loadCoreInNode();
for (const preset of PRESETS) {
	const path = goldenFile(preset.key);
	await writeFile(path, `${JSON.stringify(goldenOf(core, preset.key), null, '\t')}\n`);
	await rm(path.replace(/\.json$/, '-changed.json'), { force: true });
	console.log(`wrote ${path}`);
}
