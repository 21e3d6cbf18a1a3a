export { ErrorAlert, StatusMessage } from './Alert';
export { LoadingMessage } from './LoadingMessage';
export { LoadProblem } from './LoadProblem';
