/**
 * The one error the command line reports as the user's fault: bad flags, keys, values or links.
 * main.ts turns it into exit status 2 and one line on stderr; any other error is a bug (exit 1).
 */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** A user-supplied string, quoted and shortened for an error message (never spans lines). */
export function quote(text: string, max = 40): string {
	return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
