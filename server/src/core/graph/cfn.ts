/** CloudFormation templates in the architecture graph (their resources and how they connect). */
import type { GraphBuilder, GraphShared } from './model';
import type { WorkspaceIndex } from '../workspace';

export function addCfn(_b: GraphBuilder, _ws: WorkspaceIndex, _shared: GraphShared): void {
  // templates are drawn by the graph builders of a later change (graph/cfn*.ts)
}
