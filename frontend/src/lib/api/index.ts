export { ApiError, isApiError } from './api-error';
export type { FieldErrors, ProblemSlug } from './api-error';
export { api, apiRequest, onApiProblem } from './client';
export type { RequestOptions } from './client';
export { refreshCsrfToken } from './csrf';
export { createQueryClient, MAX_QUERY_RETRIES, shouldRetryQuery } from './query-client';
export { URGENCIES } from './api-types';
export type { ExplanationLine, Urgency } from './api-types';
