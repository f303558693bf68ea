/**
 * One element alone: importing this defines only <civic-priority-list>, for a page
 * that shows just this one (dist/civic-priority-list.js is its self-contained bundle).
 */
import { CivicPriorityList } from '../priority-list/priority-list.js';
import { defineTags } from '../shared/define-tags.js';

defineTags({ 'civic-priority-list': CivicPriorityList });

export { CivicPriorityList };
