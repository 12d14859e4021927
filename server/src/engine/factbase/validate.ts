/**
 * Checks plain fact base data against server/facts/factbase.schema.json and words each
 * violation for a person editing YAML ("facts[2].paragraph: must be a whole number, found a
 * string"), rather than as JSON Schema keywords.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../facts/factbase.schema.json';
import type { DataPath } from './locate';
import { didYouMean } from './suggest';

export interface SchemaViolation {
  /** The value at fault, or the map whose `key` is at fault. */
  path: DataPath;
  /** Set when the problem is a key itself (an unknown property), so it is pointed at. */
  key?: string;
  message: string;
}

type SchemaNode = Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
const validateFactBase = ajv.compile(schema);
const SCHEMA_ID = schema.$id;
const POINTERS = pointersOf(schema);

/** What a value must look like, for schemas whose keywords say it too technically. */
const WORDING: Record<string, string> = {
  '/definitions/id': "an id of letters, digits, '-', '_' or '.'",
  '/definitions/isoDate': 'a date YYYY-MM-DD, YYYY-MM or YYYY',
  '/definitions/placeWord': "one word (hyphens allowed, as in 'Sar-e-Pol')",
  '/definitions/source/properties/url': 'a web address starting with http:// or https://',
};

export function validateSchema(data: unknown): SchemaViolation[] {
  return validateFactBase(data) ? [] : explain(validateFactBase.errors ?? []);
}

/**
 * A failed `oneOf` makes ajv report every branch's errors. Where the data clearly aims at one
 * branch (its type, and for maps its required key), only that branch's errors are reported;
 * otherwise one message lists the accepted forms.
 */
function explain(errors: readonly ErrorObject[]): SchemaViolation[] {
  const oneOfs = errors.filter((error) => error.keyword === 'oneOf');
  const outermost = oneOfs.filter((error) => !oneOfs.some((other) => other !== error && inside(error.instancePath, other.instancePath)));
  const plain = errors.filter((error) => !oneOfs.some((oneOf) => inside(error.instancePath, oneOf.instancePath)));
  return [...plain.map(describe), ...outermost.flatMap(explainOneOf)];
}

function explainOneOf(error: ErrorObject): SchemaViolation[] {
  const branches = error.schema as SchemaNode[];
  const fitting = fittingBranches(branches, error.data);
  const branchValidator = fitting.length === 1 ? branchValidatorFor(error, fitting[0]!) : undefined;
  if (!branchValidator || branchValidator(error.data)) {
    const forms = branches.map((branch, index) => String(branch.title ?? `form ${index + 1}`));
    return [violation(error, `must be ${orList(forms)}`)];
  }
  const prefixed = (branchValidator.errors ?? []).map((inner) => ({ ...inner, instancePath: error.instancePath + inner.instancePath }));
  return explain(prefixed);
}

function branchValidatorFor(error: ErrorObject, branch: number): ValidateFunction | undefined {
  const pointer = POINTERS.get(error.parentSchema as object);
  return pointer === undefined ? undefined : ajv.getSchema(`${SCHEMA_ID}#${pointer}/oneOf/${branch}`);
}

function fittingBranches(branches: readonly SchemaNode[], data: unknown): number[] {
  const indices = branches.map((_, index) => index);
  const byType = indices.filter((index) => acceptsType(resolved(branches[index]!).type, data));
  if (!isPlainObject(data)) return byType;
  const byKeys = byType.filter((index) => asStrings(resolved(branches[index]!).required).every((key) => key in data));
  return byKeys.length > 0 ? byKeys : byType;
}

function describe(error: ErrorObject): SchemaViolation {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return violation(error, `missing required property '${params.missingProperty}'`);
    case 'dependencies':
      return violation(error, `'${params.missingProperty}' is required when '${params.property}' is given`);
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as SchemaNode).properties ?? {});
      return { ...violation(error, `unknown property '${key}'${didYouMean(key, known)}`), key };
    }
    case 'type':
      return violation(error, `must be ${orList(asStrings(error.schema).map(typeName))}, found ${typeOf(error.data)}`);
    case 'enum': {
      const allowed = asStrings(error.schema);
      return violation(error, `must be one of ${allowed.join(', ')}; found ${quote(error.data)}${didYouMean(String(error.data), allowed)}`);
    }
    case 'const':
      return violation(error, `must be ${JSON.stringify(error.schema)}`);
    case 'minLength':
      return violation(error, 'must not be empty');
    case 'minItems':
      return violation(error, `must list at least ${error.schema} item${error.schema === 1 ? '' : 's'}`);
    default: {
      const wording = WORDING[POINTERS.get(error.parentSchema as object) ?? ''];
      return violation(error, wording ? `must be ${wording}, found ${quote(error.data)}` : (error.message ?? 'is not valid'));
    }
  }
}

function violation(error: ErrorObject, message: string): SchemaViolation {
  const path = dataPath(error.instancePath);
  return { path, message: `${displayPath(path)}: ${message}` };
}

function dataPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `facts[2].value`, the way a person would name the place in the file. */
export function displayPath(path: DataPath): string {
  if (path.length === 0) return 'the file';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function inside(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
  };
  return names[type] ?? type;
}

function typeOf(data: unknown): string {
  if (data === null || data === undefined) return 'nothing';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a map';
  if (typeof data === 'number') return Number.isInteger(data) ? 'a whole number' : 'a number';
  if (typeof data === 'boolean') return 'true or false';
  return `a ${typeof data}`;
}

function acceptsType(type: unknown, data: unknown): boolean {
  if (type === undefined) return true;
  return asStrings(type).some((name) => {
    switch (name) {
      case 'object':
        return isPlainObject(data);
      case 'array':
        return Array.isArray(data);
      case 'integer':
        return Number.isInteger(data);
      case 'null':
        return data === null;
      default:
        return typeof data === name;
    }
  });
}

/** The schema a `{ $ref }` stands for; branches use refs for shared shapes such as text. */
function resolved(node: SchemaNode): SchemaNode {
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) return node;
  let target: unknown = schema;
  for (const segment of node.$ref.slice(2).split('/')) target = (target as SchemaNode)[segment];
  return resolved(target as SchemaNode);
}

function pointersOf(root: unknown): Map<object, string> {
  const pointers = new Map<object, string>();
  const walk = (node: unknown, pointer: string) => {
    if (typeof node !== 'object' || node === null) return;
    pointers.set(node, pointer);
    for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key}`);
  };
  walk(root, '');
  return pointers;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function quote(data: unknown): string {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

function asStrings(value: unknown): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
}

function isPlainObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}
