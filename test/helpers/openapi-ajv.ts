// Validators compiled from the served OpenAPI document (GET /openapi.json), so a test checks an
// answer against exactly what the document promises: a component by name, or an operation's
// response schema by path, method, status and media type.
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
const DOC_ID = 'https://insatsguiden.test/openapi.json';

/** A JSON pointer as a URI fragment: `~` and `/` escaped per RFC 6901, then percent-encoded. */
const fragment = (keys: string[]) =>
  '#/' + keys.map((k) => encodeURIComponent(k.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

export interface DocumentValidators {
  component(name: string): ValidateFunction | undefined;
  response(
    path: string,
    method: string,
    status: string,
    mediaType?: string,
  ): ValidateFunction | undefined;
}

export function documentValidators(doc: object): DocumentValidators {
  // OpenAPI-only keywords (e.g. in parameter objects) are not schema keywords: strict off.
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema({ ...doc, $id: DOC_ID });
  return {
    component: (name) => ajv.getSchema(DOC_ID + fragment(['components', 'schemas', name])),
    response: (path, method, status, mediaType = 'application/json') =>
      ajv.getSchema(
        DOC_ID +
          fragment(['paths', path, method, 'responses', status, 'content', mediaType, 'schema']),
      ),
  };
}
