import './statistics.css';

export { StatisticsView } from './components/StatisticsView';
