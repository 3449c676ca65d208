// The seventy-third tuning round of issue 20 (2026-12-07): heldout88's decidable miss, after its untuned figure (2 of 3)
// and blind labels were committed. The text here was WRITTEN FOR THIS TEST; it is not a copy of the corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe("GitLab's Sudo header for a token that is not an administrator's", () => {
  readAs('insufficient_permissions', [
    ["gitlab.exceptions.GitlabCreateError: 403: 403 Forbidden - Must be admin to use sudo", 'gitlab'],
    ["{'message': '403 Forbidden - Must be admin to use sudo'}", 'gitlab'],
  ]);
  it('names the administrator token the header needs', () => {
    expect(explainText('403 Forbidden - Must be admin to use sudo').fixes.join(' ')).toMatch(/administrator/);
  });
});
