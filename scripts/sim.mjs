// `npm run sim`: the command line (web/src/cli/main.ts; see "Command line" in README.md).
// Node 20 cannot run TypeScript, so Vite's runnerImport loads it, silently: stdout carries the
// output and nothing else. Before a run needs the WASM core, the core is rebuilt if it is
// missing or older than its sources (`npm run --silent build:wasm`, its output sent to stderr);
// --list-params, --list-presets, --help and bad input never touch it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORE = join(root, 'web/src/engine/generated/core.wasm');
// assembly/ plus the two files its generated ids come from (npm run gen).
const SOURCES = ['assembly', 'web/src/scenario/schema.ts', 'web/src/model/metrics.ts'];

const fail = (message) => {
	process.stderr.write(`sim: internal error: ${message}\n`);
	process.exit(1);
};

/** Newest modification time of a file, or of a directory and everything under it. */
function newest(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let time = stat.mtimeMs;
	for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
	return time;
}

function coreIsFresh() {
	let built;
	try {
		built = statSync(CORE).mtimeMs;
	} catch {
		return false;
	}
	return SOURCES.every((source) => newest(join(root, source)) <= built);
}

function prepareCore() {
	if (coreIsFresh()) return;
	process.stderr.write('sim: the WASM core is missing or stale; running npm run build:wasm\n');
	// Through the npm that runs us when there is one; the build's stdout goes to our stderr.
	const npm = process.env.npm_execpath;
	const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
	const result = spawnSync(command, [...args, 'run', '--silent', 'build:wasm'], {
		cwd: root,
		stdio: ['ignore', 2, 2],
		shell: !npm && process.platform === 'win32'
	});
	if (result.status !== 0) throw new Error('npm run build:wasm failed (see above)');
}

process.stdout.on('error', (error) => {
	// `npm run sim | head` closes the pipe early: that is not an error of ours.
	if (error.code === 'EPIPE') process.exit(0);
	fail(error.message);
});

let cli;
try {
	cli = (
		await runnerImport(join(root, 'web/src/cli/main.ts'), {
			root,
			configFile: false,
			logLevel: 'silent'
		})
	).module;
} catch (error) {
	fail(`could not load web/src/cli/main.ts: ${String(error?.message ?? error).split('\n')[0]}`);
}

process.exitCode = await cli.main(
	process.argv.slice(2),
	{ out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
	{ prepareCore }
);
