/**
 * Test helper for the actor probe tables: wire-copy text, the actors a reader would name (form, kind and, where
 * given, the exact role), and forms that must not be actors.
 */
import { expect } from 'vitest';
import { extractActors } from '../../../src/core/actors.js';
import { splitSentences } from '../../../src/core/text.js';
import type { ActorKind } from '../../../src/core/types.js';

/** A probe: text, expected actors (form, kind, role?) and absent forms. */
export type ActorProbe = [string, [string, ActorKind, string?][], string[]];

/** Asserts a probe: each expected form is found (by name or alias) with its kind and role; no absent form is. */
export function checkActorProbe([text, expected, absent]: ActorProbe): void {
  const actors = extractActors(text, splitSentences(text));
  const got = actors.map((a) => `${a.name} [${a.kind}${a.role ? ` / ${a.role}` : ''}]`).join(', ');
  const find = (form: string) => actors.find((a) => a.name === form || a.aliases.includes(form));
  for (const [form, kind, role] of expected) {
    expect(find(form)?.kind, `${form} in: ${got}`).toBe(kind);
    if (role) expect(find(form)!.role, `${form} in: ${got}`).toBe(role);
  }
  for (const form of absent) expect(find(form), `${form} in: ${got}`).toBeUndefined();
}
