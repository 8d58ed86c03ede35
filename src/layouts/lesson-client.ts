/**
 * The one script of lesson pages (beside the theme toggle's, which every page has), and of the
 * /continue/ page: one file, so a lesson's shell costs a single small request, and a reader who
 * comes to /continue/ from a lesson already has it cached. Each part acts only where its markup is.
 */
import { continueOn } from '../progress/continue-client.ts';
import { showProgress } from '../progress/lesson-progress.ts';
import { openRails } from './open-rails.ts';

openRails();
continueOn(showProgress());
