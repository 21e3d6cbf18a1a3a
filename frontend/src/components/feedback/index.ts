export { ErrorAlert, InfoMessage, StatusMessage, WarningMessage } from './Alert';
export { LoadingMessage } from './LoadingMessage';
export { LoadProblem } from './LoadProblem';
export { HomePathContext, useHomePath } from './home-path';
