/** Errors the domain and the store raise; the HTTP layer maps each to one status in one place. */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist (or is not the caller's to see). */
export class NotFoundError extends DomainError {}

/** A state change that the resource's rules do not allow. */
export class ConflictError extends DomainError {}

/** The caller's `If-Match` names a version that is no longer current. */
export class PreconditionFailedError extends DomainError {}

/** A value the schema could not express a rule for (e.g. a bad cursor). */
export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** The caller is known but may not do this. */
export class ForbiddenError extends DomainError {}

/** The database refused for capacity reasons; the caller may retry. */
export class ThrottledError extends DomainError {}
