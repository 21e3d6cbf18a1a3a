// The API's own description of what it accepts (the checked-in OpenAPI document, refreshed from
// the backend by OpenApiSnapshotTest). Forms read their limits from it, so a limit changed on the
// server reaches the form with the next snapshot instead of being restated here by hand. Only the
// schemas are bundled (Vite keeps the named import), a few kilobytes compressed.
import { components } from '../../../openapi.json';

type Schemas = typeof components.schemas;

/** The request and response bodies that have named fields. */
export type ContractDto = {
  [Name in keyof Schemas]: Schemas[Name] extends { properties: object } ? Name : never;
}[keyof Schemas];

/** The fields of one body, as the API names them. */
export type ContractField<Dto extends ContractDto> = Schemas[Dto] extends { properties: infer Properties }
  ? keyof Properties & string
  : never;

/** The constraints of one field that a form can check before sending. */
export type FieldLimits = {
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  enum?: readonly string[];
};

function limitsOf<Dto extends ContractDto>(dto: Dto, field: ContractField<Dto>): FieldLimits {
  const properties = (components.schemas[dto] as { properties: Record<string, FieldLimits | undefined> }).properties;
  const limits = properties[field];
  if (!limits) throw new Error(`The API contract has no field ${String(dto)}.${String(field)}`);
  return limits;
}

function required(value: number | undefined, what: string): number {
  if (value === undefined) throw new Error(`The API contract states no ${what}`);
  return value;
}

/** The most characters the server accepts in a text field. */
export function maxLengthOf<Dto extends ContractDto>(dto: Dto, field: ContractField<Dto>): number {
  return required(limitsOf(dto, field).maxLength, `maxLength for ${String(dto)}.${String(field)}`);
}

/** The smallest and largest whole number the server accepts. */
export function rangeOf<Dto extends ContractDto>(dto: Dto, field: ContractField<Dto>): { min: number; max: number } {
  const limits = limitsOf(dto, field);
  return {
    min: required(limits.minimum, `minimum for ${String(dto)}.${String(field)}`),
    max: required(limits.maximum, `maximum for ${String(dto)}.${String(field)}`),
  };
}

/** The most entries the server accepts in a list. */
export function maxItemsOf<Dto extends ContractDto>(dto: Dto, field: ContractField<Dto>): number {
  return required(limitsOf(dto, field).maxItems, `maxItems for ${String(dto)}.${String(field)}`);
}

/** The values the server accepts for a choice. */
export function enumOf<Dto extends ContractDto>(dto: Dto, field: ContractField<Dto>): readonly string[] {
  const values = limitsOf(dto, field).enum;
  if (!values) throw new Error(`The API contract states no values for ${String(dto)}.${String(field)}`);
  return values;
}
