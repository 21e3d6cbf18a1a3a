import './setup.css';

export { SetupWarnings } from './components/SetupWarnings';
