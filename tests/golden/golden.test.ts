/**
 * Golden outputs of every preset (MODEL.md §9). A change to the model that moves any of them
 * fails here and writes `<preset>-changed.json` beside the expected file for review; if the
 * change is intended, run `npm run golden:update` and commit the new files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../web/src/engine/core';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { PRESETS } from '../../web/src/scenario/presets';
import { goldenFile, goldenOf } from './golden-runs';

let core: Core;
beforeAll(async () => {
	core = await loadCoreInNode();
});

describe('golden outputs of every preset', () => {
	test.each(PRESETS.map((p) => [p.key]))('%s', (key) => {
		const path = goldenFile(key);
		expect(existsSync(path), `${path} is missing: run npm run golden:update`).toBe(true);
		const expected = JSON.parse(readFileSync(path, 'utf8'));
		const actual = goldenOf(core, key);
		const changed = path.replace(/\.json$/, '-changed.json');
		if (JSON.stringify(actual) !== JSON.stringify(expected)) {
			writeFileSync(changed, `${JSON.stringify(actual, null, '\t')}\n`);
		}
		expect(actual).toEqual(expected);
	});
});
