/** A cluster whose capacity provider's Auto Scaling group starts instances from a launch template (the container-instance rule tests). */
import { role } from './helpers';

export interface InstanceOptions {
  /** the launch template's UserData value (YAML, after `UserData:`); omitted: no user data */
  userData?: string;
  /** the instance role's policies YAML (indented six spaces), or its managed policies */
  policies?: string;
  /** the cluster's ClusterName line value; omitted: none (a generated name) */
  clusterName?: string;
  /** no IamInstanceProfile at all */
  noProfile?: boolean;
}

export const MANAGED_EC2 = `      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
`;

export const instances = (o: InstanceOptions = {}): string => `  Cluster:
    Type: AWS::ECS::Cluster
${o.clusterName ? `    Properties:\n      ClusterName: ${o.clusterName}\n` : ''}  Other:
    Type: AWS::ECS::Cluster
  LaunchTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0123456789abcdef0
        InstanceType: t3.medium
${o.noProfile ? '' : '        IamInstanceProfile:\n          Arn: !GetAtt InstanceProfile.Arn\n'}${o.userData ? `        UserData: ${o.userData}\n` : ''}  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '0'
      MaxSize: '4'
      VPCZoneIdentifier: [subnet-0123456789abcdef0]
      LaunchTemplate:
        LaunchTemplateId: !Ref LaunchTemplate
        Version: !GetAtt LaunchTemplate.LatestVersionNumber
  Provider:
    Type: AWS::ECS::CapacityProvider
    Properties:
      AutoScalingGroupProvider:
        AutoScalingGroupArn: !Ref Group
  Associations:
    Type: AWS::ECS::ClusterCapacityProviderAssociations
    Properties:
      Cluster: !Ref Cluster
      CapacityProviders: [!Ref Provider]
      DefaultCapacityProviderStrategy:
        - CapacityProvider: !Ref Provider
  InstanceProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [!Ref InstanceRole]
${role('InstanceRole', 'ec2.amazonaws.com', o.policies ?? MANAGED_EC2)}`;
