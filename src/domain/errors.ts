// Domain errors carry a message key and parameters, never a sentence: the UI and the command line
// translate them into the user's language (src/i18n), so the same rule speaks Swedish or English.
export type Params = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Params = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
