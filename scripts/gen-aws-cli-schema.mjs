#!/usr/bin/env node
/**
 * Generates the JSON Schema of the AWS CLI inputs the `awscli` family reads (EventBridge rules and
 * targets, Scheduler schedules, CloudWatch alarms, ECR repositories and registry settings, App
 * Runner services, ECS Express Mode services), from the AWS SDK v3 clients on npm. Their
 * `dist-types/models/*.d.ts` hold the service model as TypeScript: one interface per structure
 * (a member without `?` is required), a `const` object per enum, a namespace per union, and the
 * model's documentation as JSDoc. They are read with the TypeScript compiler's parser (no type
 * checker needed: every name is declared in the same package).
 *
 *   dist/schemas/aws-cli.json   { $id, definitions: { "<service>.<Shape>": JSON Schema } }
 *
 * Objects are closed (the CLI rejects unknown parameters), enums list the model's values,
 * descriptions are the model's first paragraph (HTML made Markdown, cut near 300 characters).
 * What the models lack (the API reference page of each operation) is the OPERATIONS table below.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const OUT = process.env.GEN_AWS_CLI_OUT || join(root, 'dist', 'schemas');
const ID = 'https://ecs-eks-architect.local/schemas/aws-cli.json';

/** service prefix → npm client; operation → its input shape and API reference page */
const OPERATIONS = {
  eventbridge: {
    pkg: '@aws-sdk/client-eventbridge',
    ops: {
      PutRuleRequest: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
      PutTargetsRequest: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html',
    },
  },
  scheduler: {
    pkg: '@aws-sdk/client-scheduler',
    ops: { CreateScheduleInput: 'https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html' },
  },
  cloudwatch: {
    pkg: '@aws-sdk/client-cloudwatch',
    ops: { PutMetricAlarmInput: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html' },
  },
  ecr: {
    pkg: '@aws-sdk/client-ecr',
    ops: {
      CreateRepositoryRequest: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html',
      PutReplicationConfigurationRequest: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutReplicationConfiguration.html',
      PutRegistryScanningConfigurationRequest:
        'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html',
    },
  },
  apprunner: {
    pkg: '@aws-sdk/client-apprunner',
    ops: { CreateServiceRequest: 'https://docs.aws.amazon.com/apprunner/latest/api/API_CreateService.html' },
  },
  ecs: {
    pkg: '@aws-sdk/client-ecs',
    ops: {
      CreateExpressGatewayServiceRequest: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateExpressGatewayService.html',
    },
  },
};

/** Every declaration of a client's model files, by name (interfaces, enum consts, type aliases, namespaces). */
function readModel(pkg) {
  const dir = join(dirname(require.resolve(`${pkg}/package.json`)), 'dist-types', 'models');
  const decls = { interfaces: new Map(), enums: new Map(), aliases: new Map(), namespaces: new Map() };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.d.ts'))) {
    const sf = ts.createSourceFile(f, readFileSync(join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (ts.isInterfaceDeclaration(st)) decls.interfaces.set(st.name.text, st);
      else if (ts.isTypeAliasDeclaration(st)) decls.aliases.set(st.name.text, st);
      else if (ts.isModuleDeclaration(st) && st.body && ts.isModuleBlock(st.body)) decls.namespaces.set(st.name.text, st.body);
      else if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.type && ts.isTypeLiteralNode(d.type))
            decls.enums.set(
              d.name.text,
              d.type.members.map((m) => m.type && ts.isLiteralTypeNode(m.type) && m.type.literal.text).filter((v) => typeof v === 'string'),
            );
    }
  }
  const version = JSON.parse(readFileSync(join(dir, '..', '..', 'package.json'), 'utf8')).version;
  return { decls, version };
}

/** The model's documentation of a declaration, as short Markdown. */
function docOf(node) {
  const jsDoc = node.jsDoc?.[node.jsDoc.length - 1];
  const text = typeof jsDoc?.comment === 'string' ? jsDoc.comment : (jsDoc?.comment ?? []).map((c) => c.text ?? '').join('');
  return shortDoc(htmlToMarkdown(text));
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToMarkdown(html) {
  return html
    .replace(/<code>\s*([\s\S]*?)\s*<\/code>/g, (_m, c) => `\`${c.replace(/<[^>]+>/g, '').trim()}\``)
    .replace(
      /<a\s+href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g,
      (_m, u, t) =>
        `[${t
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim()}](${u})`,
    )
    .replace(/<li>/g, '\n- ')
    .replace(/<\/p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, e) => ENTITIES[e]);
}

/** The first paragraph, cut at a sentence end within ~300 characters: enough for a hover. */
function shortDoc(text) {
  let s = (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .find(Boolean);
  if (!s) return '';
  if (s.length > 300) {
    const cut = s.slice(0, 300);
    const end = cut.lastIndexOf('. ');
    s = end > 80 ? cut.slice(0, end + 1) : `${cut.replace(/\s+\S*$/, '')}…`;
  }
  return s;
}

function generate() {
  const definitions = {};
  const versions = {};
  for (const [svc, { pkg, ops }] of Object.entries(OPERATIONS)) {
    const { decls, version } = readModel(pkg);
    versions[pkg] = version;
    const name = (shape) => `${svc}.${shape}`;
    const ref = (shape) => ({ $ref: `#/definitions/${name(shape)}` });

    /** a type node → a JSON Schema, defining the shapes it names on the way */
    const typeSchema = (t) => {
      if (ts.isUnionTypeNode(t)) {
        const parts = t.types.filter((x) => x.kind !== ts.SyntaxKind.UndefinedKeyword && x.kind !== ts.SyntaxKind.NeverKeyword);
        return parts.length === 1 ? typeSchema(parts[0]) : { anyOf: parts.map(typeSchema) };
      }
      if (ts.isParenthesizedTypeNode(t)) return typeSchema(t.type);
      if (t.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
      if (t.kind === ts.SyntaxKind.NumberKeyword) return { type: 'number' };
      if (t.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
      if (ts.isArrayTypeNode(t)) return { type: 'array', items: typeSchema(t.elementType) };
      if (ts.isTypeReferenceNode(t)) {
        const n = t.typeName.getText();
        if (n === 'Record' && t.typeArguments?.length === 2)
          return { type: 'object', additionalProperties: typeSchema(t.typeArguments[1]) };
        // the CLI takes a timestamp as ISO 8601 text or seconds since the epoch
        if (n === 'Date') return { type: ['string', 'number'] };
        if (n === 'Uint8Array') return { type: 'string' };
        if (n === '__DocumentType' || n === 'DocumentType') return {};
        define(n);
        return definitions[name(n)] ? ref(n) : {};
      }
      return {};
    };

    const define = (shape) => {
      if (definitions[name(shape)] !== undefined) return;
      definitions[name(shape)] = null; // being defined: recursive shapes refer to it
      const iface = decls.interfaces.get(shape);
      if (iface) return void (definitions[name(shape)] = structure(iface));
      if (decls.enums.has(shape)) {
        const doc = docOf(decls.aliases.get(shape) ?? {});
        return void (definitions[name(shape)] = { type: 'string', enum: decls.enums.get(shape), ...(doc ? { description: doc } : {}) });
      }
      const ns = decls.namespaces.get(shape);
      if (ns) return void (definitions[name(shape)] = union(shape, ns));
      delete definitions[name(shape)];
    };

    const structure = (iface, extra = {}) => {
      const properties = {};
      const required = [];
      for (const m of iface.members) {
        if (!ts.isPropertySignature(m) || !m.type || m.type.kind === ts.SyntaxKind.NeverKeyword) continue;
        const key = m.name.getText().replace(/^["']|["']$/g, '');
        const s = typeSchema(m.type);
        const doc = docOf(m);
        properties[key] = doc ? (s.$ref ? { description: doc, allOf: [s] } : { ...s, description: doc }) : s;
        if (!m.questionToken) required.push(key);
      }
      const doc = docOf(iface);
      return {
        type: 'object',
        ...(doc ? { description: doc } : {}),
        properties,
        ...(required.length ? { required } : {}),
        additionalProperties: false,
        ...extra,
      };
    };

    /** a union: exactly one of its members (each `XMember` interface sets one, the others are `never`) */
    const union = (shape, ns) => {
      const properties = {};
      for (const st of ns.statements) {
        if (!ts.isInterfaceDeclaration(st) || st.name.text === '$UnknownMember') continue;
        const own = structure(st).properties;
        Object.assign(properties, own);
      }
      const doc = docOf(decls.aliases.get(shape) ?? {});
      return {
        type: 'object',
        ...(doc ? { description: doc } : {}),
        properties,
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: false,
      };
    };

    for (const [shape, url] of Object.entries(ops)) {
      define(shape);
      const d = definitions[name(shape)];
      if (!d) throw new Error(`${pkg}: no shape ${shape}`);
      d['x-doc-url'] = url;
    }
  }
  // sorted, so the same packages always give the same bytes
  const sorted = Object.fromEntries(
    Object.keys(definitions)
      .sort()
      .map((k) => [k, definitions[k]]),
  );
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: ID, 'x-sources': versions, definitions: sorted };
}

const schema = generate();
mkdirSync(OUT, { recursive: true });
const text = JSON.stringify(schema);
writeFileSync(join(OUT, 'aws-cli.json'), text);
if (process.env.GEN_AWS_CLI_VERBOSE)
  console.log(
    `aws-cli schema: ${Object.keys(schema.definitions).length} shapes; ${Math.round(text.length / 1024)} KB, ` +
      `${Math.round(gzipSync(text, { level: 9 }).length / 1024)} KB gzip`,
  );
