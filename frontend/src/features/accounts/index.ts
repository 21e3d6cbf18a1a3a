export { AccountDetailView } from './components/AccountDetailView';
export { AccountList } from './components/AccountList';
export { CreateAccountForm } from './components/CreateAccountForm';
export type { Account, AccountChange, AccountQuery, AccountRole, AccountStatus } from './types';
export { ACCOUNT_ROLES, ACCOUNT_STATUSES } from './types';
