export { SetupWarnings } from './components/SetupWarnings';
