export { PolicyEditor } from './components/PolicyEditor';
