/** The course's name, as the header, titles and link previews write it. */
export const SITE_NAME = 'Concurrency made visible';
