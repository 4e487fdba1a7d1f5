/** Quick fixes shared by several ECS rules, built on the generic edit helpers. */
import type { AstNode } from '../parse/tree';
import { findProperty } from '../parse/tree';
import type { Fix, SourceFile, TextEdit } from '../types';
import { insertProperty, type InsertOptions } from '../edit/insertProperty';
import { replaceValue } from '../edit/replaceValue';
import { isScalar } from '../edit/serialize';
import { parseImage } from './image';
import { parseRoleArn } from './arn';
import { isObj, str, type TaskView } from './model';

/** set `key` in an object: replace a scalar value that is there, else insert the property */
export function setProperty(file: SourceFile, obj: AstNode, key: string, value: unknown, opts?: InsertOptions): TextEdit[] {
  const prop = findProperty(obj, key);
  const v = prop?.children?.[1];
  if (v && isScalar(value)) return [replaceValue(file.language, v, value)];
  if (prop) return [replaceWhole(file, prop, key, value)];
  return [insertProperty(file, obj, key, value, opts)];
}

/** a property whose value is missing or not a scalar: rewrite it whole */
function replaceWhole(file: SourceFile, prop: AstNode, key: string, value: unknown): TextEdit {
  const text = file.language === 'json' ? `${JSON.stringify(key)}: ${JSON.stringify(value)}` : `${key}: ${JSON.stringify(value)}`;
  return { offset: prop.offset, length: prop.length, newText: text };
}

export function networkModeFix(file: SourceFile, view: TaskView): Fix | undefined {
  if (!view.body) return undefined;
  return {
    title: 'Set "networkMode" to "awsvpc"',
    edits: setProperty(file, view.body, 'networkMode', 'awsvpc', { after: ['family', 'taskRoleArn', 'executionRoleArn'] }),
    preferred: true,
  };
}

/** an account id seen in the task (role ARNs, ECR images), for placeholders that look right */
export function accountOf(view: TaskView): string | undefined {
  for (const k of ['executionRoleArn', 'taskRoleArn']) {
    const r = parseRoleArn(str(view.value[k]) ?? '');
    if (r) return r.account;
  }
  for (const c of view.containers) {
    const img = parseImage(str(c.value.image) ?? '');
    if (img?.registry.kind === 'ecr') return img.registry.account;
  }
  return undefined;
}

/** a region seen in the task (ECR images, awslogs options), for placeholders */
export function regionOf(view: TaskView): string | undefined {
  for (const c of view.containers) {
    const img = parseImage(str(c.value.image) ?? '');
    if (img?.registry.kind === 'ecr') return img.registry.region;
  }
  for (const c of view.containers) {
    const opts = isObj(c.value.logConfiguration) ? c.value.logConfiguration.options : undefined;
    const r = isObj(opts) ? str(opts['awslogs-region']) : undefined;
    if (r) return r;
  }
  return undefined;
}

export function executionRoleFix(file: SourceFile, view: TaskView): Fix | undefined {
  if (!view.body) return undefined;
  const arn = `arn:aws:iam::${accountOf(view) ?? '123456789012'}:role/ecsTaskExecutionRole`;
  return {
    title: 'Add an "executionRoleArn" (edit the placeholder)',
    edits: [insertProperty(file, view.body, 'executionRoleArn', arn, { after: ['taskRoleArn', 'family'] })],
  };
}
