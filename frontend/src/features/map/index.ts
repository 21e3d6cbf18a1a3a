import './map.css';

export { CaseworkerMap } from './components/CaseworkerMap';
