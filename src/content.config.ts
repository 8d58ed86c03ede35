import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * One entry per lesson file, content/lessons/NN-slug.mdx. The schema is the
 * contract between a lesson's frontmatter and the shell (home page, sidebar,
 * prev/next): a missing or mistyped field fails the build naming file and field.
 * Uniqueness of `order` spans files, so it is checked in src/data/lessons-meta.ts.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string().trim().min(1),
    /** Position in the course, 1-based; unique across lessons. */
    order: z.number().int().positive(),
    /** One or two sentences; the page's meta description and the home page blurb. */
    summary: z.string().trim().min(1),
    /** The question the lesson answers, shown on the home page. */
    question: z.string().trim().min(1),
    /** Drafts are built by `astro dev` but left out of production builds. */
    draft: z.boolean().optional(),
  }),
});

export const collections = { lessons };
