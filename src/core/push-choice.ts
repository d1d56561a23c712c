import type { PushRegistration } from './push-api';

/** What the resident asked pushes to be about. */
export type PushScope = 'all' | 'sections' | 'urgent';

/** The stored choice: a scope, and the section slugs when it is 'sections'. */
export interface PushChoice {
  scope: PushScope;
  sections: string[];
}

/** A fresh install hears about everything. */
export const DEFAULT_PUSH_CHOICE: PushChoice = { scope: 'all', sections: [] };

const SCOPES: readonly string[] = ['all', 'sections', 'urgent'];

/** Reads a stored choice, whatever was stored; anything unusable means all news. */
export function parsePushChoice(value: unknown): PushChoice {
  if (typeof value !== 'object' || value === null) return DEFAULT_PUSH_CHOICE;
  const { scope, sections } = value as Record<string, unknown>;
  const slugs = Array.isArray(sections)
    ? [...new Set(sections.filter((s): s is string => typeof s === 'string' && s !== ''))]
    : [];
  if (!SCOPES.includes(scope as string)) return DEFAULT_PUSH_CHOICE;
  return { scope: scope as PushScope, sections: slugs };
}

/** The choice as the push API takes it. */
export function toPushFilter(
  choice: PushChoice,
): Pick<PushRegistration, 'sections' | 'urgentOnly'> {
  // Chosen sections but none ticked yet: only what reaches everyone, urgent news.
  if (choice.scope === 'urgent' || (choice.scope === 'sections' && choice.sections.length === 0)) {
    return { sections: null, urgentOnly: true };
  }
  return {
    sections: choice.scope === 'sections' ? choice.sections.slice(0, 50) : null,
    urgentOnly: false,
  };
}
