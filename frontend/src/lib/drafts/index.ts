export { forgetDrafts, readDraft, removeDraft, writeDraft } from './session-drafts';
