import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { SAMPLE } from './sidecarSample';

/**
 * The JSON Schema shipped for editors and the validator in core must agree. Without adding a
 * schema validator, this checks the sample against the schema's required fields and types, and
 * that each field the schema requires is one the parser requires too.
 */
const root = path.resolve(__dirname, '../../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/annotations.schema.json'), 'utf8')) as {
  $schema: string;
  required: string[];
  properties: Record<string, { type: string | string[] }>;
  definitions: { annotation: { required: string[]; properties: Record<string, unknown> }; target: { required: string[]; properties: Record<string, { type: string }> } };
};

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

describe('annotations JSON Schema', () => {
  const sample = parse(SAMPLE) as Record<string, unknown> & { annotations: Record<string, unknown>[] };

  it('is draft-07 and is what package.json offers for *.annotations.yaml', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { yamlValidation?: { fileMatch: string | string[]; url: string }[] } };
    const entry = pkg.contributes.yamlValidation?.find((v) => [v.fileMatch].flat().includes('*.annotations.yaml'));
    assert.ok(entry, 'contributes.yamlValidation has *.annotations.yaml');
    assert.equal(path.normalize(entry.url), path.normalize('./schemas/annotations.schema.json'));
  });

  it('the sample has every required field with the schema type', () => {
    for (const key of schema.required) assert.ok(key in sample, key);
    for (const [key, spec] of Object.entries(schema.properties)) if (key in sample) assert.ok([spec.type].flat().includes(jsonType(sample[key])), key);
    for (const a of sample.annotations) {
      for (const key of schema.definitions.annotation.required) assert.ok(key in a, key);
      for (const key of Object.keys(a)) if (key !== 'x-custom') assert.ok(key in schema.definitions.annotation.properties, `schema lacks ${key}`);
      const target = a.target as Record<string, unknown>;
      for (const key of schema.definitions.target.required) assert.ok(key in target, key);
      for (const [key, spec] of Object.entries(schema.definitions.target.properties)) assert.equal(jsonType(target[key]), spec.type, key);
    }
  });

  it('every field the schema requires, the parser requires; the optional ones it does not', () => {
    const without = (key: string): string => {
      const doc = parseDocument(SAMPLE);
      doc.deleteIn(['annotations', 0, key]);
      return doc.toString();
    };
    for (const key of schema.definitions.annotation.required) assert.equal(parseSidecar(without(key)).ok, false, key);
    for (const key of Object.keys(schema.definitions.annotation.properties)) {
      if (!schema.definitions.annotation.required.includes(key)) assert.equal(parseSidecar(without(key)).ok, true, key);
    }
    const withoutTop = (key: string): string => {
      const doc = parseDocument(SAMPLE);
      doc.delete(key);
      return doc.toString();
    };
    for (const key of schema.required) assert.equal(parseSidecar(withoutTop(key)).ok, false, key);
  });
});
