export { LanguageSwitcher } from './LanguageSwitcher';
export { MainNav } from './MainNav';
export type { NavItem } from './MainNav';
export { PageLayout } from './PageLayout';
export { PageTitle } from './PageTitle';
export { Pagination } from './Pagination';
export { SiteHeader } from './SiteHeader';
export { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
export { WizardSteps } from './WizardSteps';
