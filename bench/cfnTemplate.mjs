/**
 * A deterministic CloudFormation template of about `lines` lines for the bench: blocks of the
 * seeds' shapes (SQS queue → alarm → step scaling policy → Fargate service; an EventBridge
 * schedule that runs the task), each with its roles and log group, wired by Ref, GetAtt and Sub
 * so the reference rules, the IAM rules and the ECS views all have work to do.
 */
import { mulberry32 } from './generate.mjs';

const block = (i, r) => {
  const cpu = ['256', '512', '1024'][Math.floor(r() * 3)];
  const memory = { 256: '512', 512: '1024', 1024: '2048' }[cpu];
  const count = 2 + Math.floor(r() * 2);
  const trust = (service) => `      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ${service} }
            Action: sts:AssumeRole
`;
  return `  Queue${i}:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub '\${Prefix}-jobs-${i}'
      VisibilityTimeout: ${60 + Math.floor(r() * 600)}
  ExecRole${i}:
    Type: AWS::IAM::Role
    Properties:
${trust('ecs-tasks.amazonaws.com')}      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'
  TaskRole${i}:
    Type: AWS::IAM::Role
    Properties:
${trust('ecs-tasks.amazonaws.com')}      Policies:
        - PolicyName: consume
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes]
                Resource: !GetAtt Queue${i}.Arn
  Logs${i}:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub '/ecs/\${Prefix}-worker-${i}'
      RetentionInDays: ${[7, 14, 30][Math.floor(r() * 3)]}
  Task${i}:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Sub '\${Prefix}-worker-${i}'
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '${cpu}'
      Memory: '${memory}'
      ExecutionRoleArn: !GetAtt ExecRole${i}.Arn
      TaskRoleArn: !GetAtt TaskRole${i}.Arn
      ContainerDefinitions:
        - Name: worker
          Image: public.ecr.aws/docker/library/busybox:1.36
          Essential: true
          Environment:
            - Name: QUEUE_URL
              Value: !Ref Queue${i}
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref Logs${i}
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: worker
  Service${i}:
    Type: AWS::ECS::Service
    Properties:
      ServiceName: !Sub '\${Prefix}-worker-${i}'
      Cluster: !Ref Cluster
      TaskDefinition: !Ref Task${i}
      LaunchType: FARGATE
      DesiredCount: ${count}
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          AssignPublicIp: DISABLED
  Target${i}:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ScalableDimension: ecs:service:DesiredCount
      ResourceId: !Sub 'service/\${Cluster}/\${Service${i}.Name}'
      MinCapacity: 1
      MaxCapacity: ${5 + Math.floor(r() * 20)}
  ScaleOut${i}:
    Type: AWS::ApplicationAutoScaling::ScalingPolicy
    Properties:
      PolicyName: !Sub '\${Prefix}-scale-out-${i}'
      PolicyType: StepScaling
      ScalingTargetId: !Ref Target${i}
      StepScalingPolicyConfiguration:
        AdjustmentType: ChangeInCapacity
        Cooldown: 60
        StepAdjustments:
          - MetricIntervalLowerBound: 0
            ScalingAdjustment: 1
  Backlog${i}:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Namespace: AWS/SQS
      MetricName: ApproximateNumberOfMessagesVisible
      Dimensions:
        - Name: QueueName
          Value: !GetAtt Queue${i}.QueueName
      Statistic: Average
      Period: 60
      EvaluationPeriods: 2
      Threshold: ${10 * (1 + Math.floor(r() * 20))}
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref ScaleOut${i}]
  EventsRole${i}:
    Type: AWS::IAM::Role
    Properties:
${trust('events.amazonaws.com')}      Policies:
        - PolicyName: run
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: ecs:RunTask, Resource: !Ref Task${i} }
              - { Effect: Allow, Action: iam:PassRole, Resource: [!GetAtt ExecRole${i}.Arn, !GetAtt TaskRole${i}.Arn] }
  Nightly${i}:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: cron(${Math.floor(r() * 60)} ${Math.floor(r() * 24)} * * ? *)
      Targets:
        - Id: run
          Arn: !GetAtt Cluster.Arn
          RoleArn: !GetAtt EventsRole${i}.Arn
          EcsParameters:
            TaskDefinitionArn: !Ref Task${i}
            LaunchType: FARGATE
            NetworkConfiguration:
              AwsVpcConfiguration:
                Subnets: !Ref Subnets
`;
};

/** The template's text, about `lines` lines long (whole blocks), the same for the same seed. */
export function cfnTemplate(lines, seed) {
  const r = mulberry32(seed);
  let out = `AWSTemplateFormatVersion: '2010-09-09'
Description: Queue workers, generated for the bench.
Parameters:
  Prefix:
    Type: String
    Default: bench
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterName: !Sub '\${Prefix}-workers'
`;
  for (let i = 1; out.split('\n').length < lines; i++) out += block(i, r);
  return out;
}
