/** Entry of the only script the browser runs (bundled by modules/enhancements.ts): see enhancements.ts. */
import { installEnhancements } from './enhancements';

installEnhancements(document);
