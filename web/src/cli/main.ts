/**
 * The command line's entry point (scripts/sim.mjs loads it): argv → stdout text and an exit
 * status. 0: done; 2: bad input (UsageError); 1: internal error. On failure stdout gets nothing
 * and stderr exactly one line starting with `sim: `. Process I/O is passed in, so that tests can
 * run the whole command line without spawning a process.
 */
import { loadCoreInNode } from '../engine/load-core-node';
import { parseCommand } from './args';
import { UsageError } from './errors';
import { runCommand } from './run';

export interface Io {
	out(text: string): void;
	err(text: string): void;
}

export interface MainOptions {
	/** Called before the WASM core is loaded, only by runs that need it (sim.mjs builds it). */
	prepareCore?: () => void | Promise<void>;
}

export async function main(
	argv: readonly string[],
	io: Io,
	options: MainOptions = {}
): Promise<number> {
	try {
		const command = parseCommand(argv);
		const text = await runCommand(command, {
			async loadCore() {
				await options.prepareCore?.();
				return loadCoreInNode('release');
			}
		});
		io.out(text);
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(errorLine(error.message));
			return 2;
		}
		io.err(errorLine(`internal error: ${error instanceof Error ? error.message : String(error)}`));
		return 1;
	}
}

export function errorLine(message: string): string {
	return `sim: ${message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim()}\n`;
}
