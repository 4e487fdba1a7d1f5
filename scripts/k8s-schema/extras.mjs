/**
 * Kinds kubectl accepts that the models package may not carry: `v1/List` (kubectl unpacks its
 * items client-side) and the aggregation layer's `APIService` (kube-aggregator, served by every
 * cluster; metrics-server installs one), used only when the package has none. Descriptions are ours.
 */

const APISERVICE = 'io.k8s.kube-aggregator.pkg.apis.apiregistration.v1';

export function extraDefinitions({ kinds, listMeta, objectMeta }) {
  const definitions = {};
  const hasApiService = Boolean(kinds['apiregistration.k8s.io/v1/APIService']);
  const str = (description) => ({ description, type: 'string' });
  const int = (description) => ({ description, type: 'integer' });

  if (!hasApiService) addApiService(definitions, { objectMeta, str, int });
  return listKinds(definitions, kinds, listMeta);
}

function addApiService(definitions, { objectMeta, str, int }) {
  definitions[`${APISERVICE}.APIService`] = {
    description:
      'Registers an API group/version served by another server (an extension API server such as metrics-server) behind the Kubernetes API.',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', enum: ['apiregistration.k8s.io/v1'] },
      kind: { type: 'string', enum: ['APIService'] },
      metadata: { $ref: objectMeta },
      spec: {
        description: 'Where the API is served and how it ranks against other versions.',
        $ref: `#/definitions/${APISERVICE}.APIServiceSpec`,
      },
      status: { description: 'Set by the aggregator: whether the service is reachable.', type: 'object', 'x-read-only': true },
    },
    additionalProperties: false,
  };
  definitions[`${APISERVICE}.APIServiceSpec`] = {
    description: 'The group and version an APIService provides and the Service that serves it.',
    type: 'object',
    properties: {
      caBundle: str('Base64 PEM CA bundle used to verify the serving certificate of the backing Service.'),
      group: str('API group name this service provides, e.g. `metrics.k8s.io`.'),
      groupPriorityMinimum: int(
        "Priority of the whole group; the highest value among a group's APIServices wins. Built-in groups use values such as 18000 (core) down to 1000.",
      ),
      insecureSkipTLSVerify: {
        description: 'Skip TLS verification when proxying to the Service. Discouraged: set `caBundle` instead.',
        type: 'boolean',
        default: false,
      },
      service: {
        description: 'The Service that serves the API. Leave out to have the API handled locally by the Kubernetes API server.',
        type: 'object',
        properties: {
          name: str('Name of the Service.'),
          namespace: str('Namespace of the Service.'),
          port: { description: 'Port of the Service, 1–65535.', type: 'integer', minimum: 1, maximum: 65535, default: 443 },
        },
        additionalProperties: false,
      },
      version: str('API version this service provides, e.g. `v1beta1`.'),
      versionPriority: int('Order of this version within its group: higher first. Ties sort by version name, GA before beta before alpha.'),
    },
    required: ['groupPriorityMinimum', 'versionPriority'],
    additionalProperties: false,
  };
}

function listKinds(definitions, kinds, listMeta) {
  // List items: each one validated against its own kind when we have it, custom resources left alone
  definitions['io.k8s.api.core.v1.List'] = {
    description: 'A list of objects of any kinds, as `kubectl get -o yaml` prints several objects. kubectl applies each item on its own.',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', enum: ['v1'] },
      kind: { type: 'string', enum: ['List'] },
      metadata: { $ref: listMeta },
      items: {
        description: 'The objects, each with its own `apiVersion` and `kind`.',
        type: 'array',
        items: { $ref: '#/definitions/io.k8s.api.core.v1.ListItem' },
      },
    },
    additionalProperties: false,
  };
  const all = { [`apiregistration.k8s.io/v1/APIService`]: `${APISERVICE}.APIService`, ...kinds };
  definitions['io.k8s.api.core.v1.ListItem'] = {
    description: 'One object of a List.',
    type: 'object',
    properties: { apiVersion: { type: 'string' }, kind: { type: 'string' } },
    required: ['apiVersion', 'kind'],
    allOf: Object.entries(all)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([pair, def]) => {
        const slash = pair.lastIndexOf('/');
        return {
          if: {
            properties: { apiVersion: { const: pair.slice(0, slash) }, kind: { const: pair.slice(slash + 1) } },
            required: ['apiVersion', 'kind'],
          },
          then: { $ref: `#/definitions/${def}` },
        };
      }),
  };
  return {
    definitions,
    kinds: { 'apiregistration.k8s.io/v1/APIService': `${APISERVICE}.APIService`, 'v1/List': 'io.k8s.api.core.v1.List' },
  };
}
