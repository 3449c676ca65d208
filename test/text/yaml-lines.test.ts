import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/text/yaml-lines.js';

describe('loadYaml', () => {
  it('knows the line of every mapping key and sequence item, across documents', () => {
    const text = '# c\na: 1\nenv:\n  - name: OPENAI_API_KEY\n    value: "x"\n  - B=2\nmap:\n  K1: v1\n  K2: |\n    multi\n---\nkind: Secret\ndata:\n  X: eA==\n';
    const { docs, error } = loadYaml(text, 'f.yaml');
    expect(error).toBeUndefined();
    const d0 = docs[0]!.value as Record<string, any>;
    const lineOf = docs[0]!.lineOf;
    expect(lineOf(d0, 'a')).toBe(2);
    expect(lineOf(d0, 'env')).toBe(3);
    expect(lineOf(d0.env[0], 'name')).toBe(4);
    expect(lineOf(d0.env[0], 'value')).toBe(5);
    expect(lineOf(d0.env, 1)).toBe(6);
    expect(lineOf(d0.map, 'K2')).toBe(9);
    const d1 = docs[1]!.value as Record<string, any>;
    expect(lineOf(d1.data, 'X')).toBe(14);
  });

  it('reports a malformed document as a finding with its line, without quoting the text', () => {
    const { docs, error } = loadYaml('a: 1\nb: [sk-FAKE-SECRET-VALUE-1234\n', 'bad.yaml');
    expect(docs).toEqual([]);
    expect(error?.code).toBe('trace.malformed');
    expect(error?.location?.file).toBe('bad.yaml');
    expect(error?.location?.line).toBeGreaterThan(1);
    expect(error?.message).not.toContain('sk-FAKE');
  });
});
