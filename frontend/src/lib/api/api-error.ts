/** The `type` of every Haven problem starts with this; the rest is a stable slug. */
const PROBLEM_TYPE_PREFIX = 'urn:haven:problem:';

/** Slugs the backend documents. Other strings may appear; the UI treats them generically. */
export type ProblemSlug =
  | 'validation-failed'
  | 'malformed-request'
  | 'unauthenticated'
  | 'bad-credentials'
  | 'access-denied'
  | 'csrf-token-invalid'
  | 'password-change-required'
  | 'second-factor-required' // 403: half signed in, the code of the second factor is due
  | 'second-factor-enrolment-required' // 403: half signed in, a second factor must be set up first
  | 'not-found'
  | 'conflict'
  | 'too-many-requests'
  | 'service-busy' // 503: too many passwords being checked at once; try again in a moment
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'intake-link-used'
  | 'intake-link-expired'
  // Made up by the client, never sent by the server:
  | 'network-error' // the request never got an answer
  | 'unexpected-response'; // an answer that is not problem+json (a proxy's HTML page, say)

export type FieldErrors = Record<string, string>;
/** Field name → the server's stable code for what is wrong (e.g. `password-common`), for translation. */
export type FieldErrorCodes = Record<string, string>;

type ProblemDetails = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field?: string; code?: string; message?: string }[];
};

/** A failed API call, whatever went wrong: the UI only ever has to handle this one type. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: ProblemSlug | (string & {});
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  /** Field name → message, for showing each message next to its field. */
  readonly fieldErrors: FieldErrors;
  /** Field name → code of the (first) problem on that field. */
  readonly fieldErrorCodes: FieldErrorCodes;

  constructor(init: {
    status: number;
    type: string;
    title?: string | undefined;
    detail?: string | undefined;
    instance?: string | undefined;
    fieldErrors?: FieldErrors;
    fieldErrorCodes?: FieldErrorCodes;
  }) {
    super(init.detail ?? init.title ?? `Request failed (${init.type}, status ${init.status})`);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.instance = init.instance;
    this.fieldErrors = init.fieldErrors ?? {};
    this.fieldErrorCodes = init.fieldErrorCodes ?? {};
  }

  is(slug: ProblemSlug): boolean {
    return this.type === slug;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function slugOf(type: string | undefined): string {
  if (!type || type === 'about:blank') return 'unexpected-response';
  return type.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : type;
}

function collectFieldErrors(errors: ProblemDetails['errors']): { messages: FieldErrors; codes: FieldErrorCodes } {
  const messages: FieldErrors = {};
  const codes: FieldErrorCodes = {};
  if (!Array.isArray(errors)) return { messages, codes };
  for (const { field, code, message } of errors) {
    if (!field || !message) continue;
    // Several rules can fail on one field; show them all, next to that field.
    messages[field] = messages[field] ? `${messages[field]} ${message}` : message;
    if (code && !codes[field]) codes[field] = code;
  }
  return { messages, codes };
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /\bjson\b/i.test(contentType);
}

/** Turns any non-2xx response into an ApiError, without trusting the body to be JSON. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  if (isJson(response.headers.get('Content-Type'))) {
    try {
      const problem = (await response.json()) as ProblemDetails;
      if (problem && typeof problem === 'object') {
        const fields = collectFieldErrors(problem.errors);
        return new ApiError({
          status: response.status,
          type: slugOf(problem.type),
          title: problem.title,
          detail: problem.detail,
          instance: problem.instance,
          fieldErrors: fields.messages,
          fieldErrorCodes: fields.codes,
        });
      }
    } catch {
      // A body that claims to be JSON but is not: fall through to the generic error.
    }
  }
  return new ApiError({ status: response.status, type: 'unexpected-response' });
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({ status: 0, type: 'network-error' });
  (error as { cause?: unknown }).cause = cause;
  return error;
}
