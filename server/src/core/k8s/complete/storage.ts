/** StorageClass `provisioner` names and their CSI `parameters`. */
import type { CompletionContributor, CompletionEntry } from '../../complete/types';
import { PROVISIONERS, provisioner } from '../csiParameters';
import { str } from '../objects';
import { docValue, isK8sCtx, pairEntry, valueEntry } from './entries';
import { asText } from '../../text/asText';

export const storageClassCompletion: CompletionContributor = (ctx) => {
  if (!isK8sCtx(ctx, 'StorageClass')) return [];
  const p = ctx.path;
  if (!ctx.atKey && p.length === 1 && p[0] === 'provisioner') {
    return PROVISIONERS.map((x, i) =>
      valueEntry(ctx, x.name, { kind: 'value', documentation: `${x.description}\n\n[Parameters](${x.url})`, sortText: asText(i) }),
    );
  }
  const prov = provisioner(str(docValue(ctx).provisioner) ?? '');
  if (!prov) return [];
  if (ctx.atKey && p.length === 1 && p[0] === 'parameters') {
    const out: CompletionEntry[] = [];
    prov.parameters.forEach((param, i) => {
      if (ctx.existingKeys.has(param.key)) return;
      out.push(
        pairEntry(ctx, param.key, param.values ?? (param.example ? [param.example] : undefined), {
          detail: prov.name,
          documentation: param.description,
          sortText: asText(i).padStart(2, '0'),
        }),
      );
    });
    return out;
  }
  if (!ctx.atKey && p.length === 2 && p[0] === 'parameters') {
    const param = prov.parameters.find((x) => x.key.toLowerCase() === asText(p[1]).toLowerCase());
    // parameters are strings: "true" and "3000" must stay quoted in YAML
    return (param?.values ?? []).map((v) => valueEntry(ctx, v, { kind: 'enum', documentation: param?.description }));
  }
  return [];
};
