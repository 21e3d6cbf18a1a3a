import './dashboard.css';

export { CaseworkerDashboard } from './components/CaseworkerDashboard';
