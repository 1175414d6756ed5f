// Prints the one-line summary CI reads: "N passed, N failed", summed over every suite (vitest's
// and Playwright's JSON reports). A step of `npm test` that failed without failing a test
// (build, type check, lint) counts as one failure, so a red run never reads as green.
// Usage: node scripts/ci-summary.mjs <exit status of npm test>
import { readFile } from 'node:fs/promises';

const status = Number(process.argv[2] ?? 1);

async function readJson(path) {
	try {
		return JSON.parse(await readFile(path, 'utf8'));
	} catch {
		return null;
	}
}

let passed = 0;
let failed = 0;
const unit = await readJson('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	console.log(`unit (vitest): ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
const e2e = await readJson('reports/e2e.json');
if (e2e) {
	const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
	passed += expected + flaky;
	failed += unexpected;
	console.log(`e2e (playwright): ${expected + flaky} passed, ${unexpected} failed`);
}
if (status !== 0 && failed === 0) {
	failed = 1;
	console.log(
		'npm test failed outside the test suites (build, type check or lint): counted as 1 failure'
	);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 ? 1 : 0);
