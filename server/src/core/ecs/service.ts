/** What a service document says about where its tasks run. */
import type { DocUnit } from '../types';
import { asArray, bodyValue, isObj, str, type Obj } from './model';

export function serviceValue(doc: DocUnit): Obj | undefined {
  const v = bodyValue(doc);
  return isObj(v) ? v : undefined;
}

/** capacity provider names of the service's strategy */
export function providers(s: Obj): string[] {
  return asArray(s.capacityProviderStrategy)
    .map((p) => (isObj(p) ? str(p.capacityProvider) : undefined))
    .filter((p): p is string => !!p);
}

/** the service runs on Fargate: launch type FARGATE or a FARGATE / FARGATE_SPOT capacity provider */
export function runsOnFargate(s: Obj): boolean {
  return s.launchType === 'FARGATE' || providers(s).some((p) => p === 'FARGATE' || p === 'FARGATE_SPOT');
}
