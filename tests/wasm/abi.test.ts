import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CORE_ABI_NAMES } from '../../web/src/engine/core-abi';
import { compileCoreInNode, loadCoreInNode } from '../../web/src/engine/load-core-node';
import { METRICS } from '../../web/src/model/metrics';
import { PARAMS } from '../../web/src/scenario/schema';

function enumNames(path: string): string[] {
	const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
	return [...text.matchAll(/^\t(\w+) = (\d+),?$/gm)].map((m, i) => {
		expect(Number(m[2])).toBe(i);
		return m[1];
	});
}

describe('the core ABI', () => {
	test.each(['release', 'test'] as const)(
		'the %s build exports exactly the typed ABI',
		async (target) => {
			const module = await compileCoreInNode(target);
			const names = WebAssembly.Module.exports(module).map((e) => e.name);
			expect(names.sort()).toEqual([...CORE_ABI_NAMES].sort());
		}
	);

	test('parameter and metric ids are generated from the schema, in order', () => {
		expect(enumNames('assembly/generated/params.ts')).toEqual(PARAMS.map((p) => p.key));
		expect(enumNames('assembly/generated/metrics.ts')).toEqual(METRICS.map((m) => m.key));
		// Fails if someone edited the schema without regenerating.
		expect(() =>
			execFileSync('node', ['scripts/gen-core-ids.mjs', '--check'], { stdio: 'pipe' })
		).not.toThrow();
	});

	test('the core agrees with the schema on counts, and stores each parameter under its id', async () => {
		const core = await loadCoreInNode();
		const abi = core.exports;
		expect(abi.paramCount()).toBe(PARAMS.length);
		expect(abi.metricCount()).toBe(METRICS.length);
		PARAMS.forEach((_, id) => abi.setParam(id, id + 0.5));
		PARAMS.forEach((_, id) => expect(abi.getParam(id)).toBe(id + 0.5));
		expect(abi.getParam(PARAMS.length)).toBeNaN();
		expect(abi.getParam(-1)).toBeNaN();
	});

	test('release is built without host imports (no JS Math, no abort reachable)', async () => {
		const module = await compileCoreInNode('release');
		const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`);
		expect(imports.filter((i) => i.startsWith('env.Math'))).toEqual([]);
	});
});
