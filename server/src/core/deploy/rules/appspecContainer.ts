/**
 * The AppSpec's `LoadBalancerInfo` must match the task definition it deploys: `ContainerName` a
 * container of it, `ContainerPort` one of that container's `containerPort`s. CodeDeploy stops the
 * deployment otherwise (the replacement task set cannot be registered with the target groups).
 */
import type { Rule, RuleFinding } from '../../rules/rule';
import { at } from '../../rules/place';
import { closest } from '../../text/closest';
import { isPlaceholder } from '../../text/placeholder';
import { appSpecTarget } from '../appspec';
import { appSpecTask } from '../appspecTask';

const where = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export const appspecContainer: Rule = {
  id: 'deploy/appspec-container',
  severity: 'error',
  description: "An ECS AppSpec's ContainerName and ContainerPort must be a container and port of the task definition it deploys.",
  crossFile: true,
  appliesTo: (doc) => doc.kind.family === 'deploy' && doc.kind.tool === 'appspec',
  check(doc, ctx) {
    const t = appSpecTarget(doc.root);
    const name = t.containerName;
    if (!name || typeof name.value !== 'string' || isPlaceholder(name.value)) return [];
    const task = appSpecTask(ctx.workspace, ctx.file.uri, t.taskDefinition?.value);
    if (!task) return [];
    const file = where(task.entry.file.uri);
    const names = task.view.containers.map((c) => c.name).filter((n): n is string => typeof n === 'string');
    const container = task.view.containers.find((c) => c.name === name.value);
    const out: RuleFinding[] = [];
    if (!container) {
      const guess = closest(name.value, names);
      out.push(
        at(
          name,
          `${file} has no container "${name.value}" (it has ${names.map((n) => `"${n}"`).join(', ') || 'none'}); the deployment fails.${guess ? ` Did you mean "${guess}"?` : ''}`,
        ),
      );
      return out;
    }
    const port = t.containerPort;
    if (!port || typeof port.value !== 'number') return out;
    const mappings = Array.isArray(container.value.portMappings) ? container.value.portMappings : [];
    const ports = mappings
      .map((m) => (m && typeof m === 'object' ? (m as Record<string, unknown>).containerPort : undefined))
      .filter((p): p is number => typeof p === 'number');
    if (!ports.includes(port.value))
      out.push(
        at(
          port,
          `Container "${name.value}" of ${file} has no containerPort ${port.value} (${ports.length ? `it maps ${ports.join(', ')}` : 'it maps no port'}); the load balancer cannot reach it and the deployment fails.`,
        ),
      );
    return out;
  },
};
