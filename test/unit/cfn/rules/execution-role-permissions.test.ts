import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, role, spanOf, tpl } from './helpers';

const task = (image: string, extra = '') => `  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ExecutionRoleArn: !GetAtt ExecRole.Arn
      ContainerDefinitions:
        - Name: app
          Image: ${image}
          Memory: 512
          LogConfiguration:
            LogDriver: awslogs
            Options: { awslogs-group: g, awslogs-region: us-east-1, awslogs-stream-prefix: app }
${extra}`;
const ECR = "!Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:1'";
const policy = (actions: string) => `      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [${actions}]
                Resource: '*'
`;

test('fires when the execution role cannot pull from private ECR or write logs', () => {
  const text = tpl(task(ECR) + role('ExecRole', 'ecs-tasks.amazonaws.com', policy('s3:GetObject')));
  const f = findings('cfn/execution-role-permissions', text);
  assert.equal(f.length, 2, JSON.stringify(f));
  assert.equal(spanOf(text, f[0]), '!GetAtt ExecRole.Arn');
  assert.match(f[0].message, /ecr:GetAuthorizationToken.*private ECR/);
  assert.match(f[1].message, /logs:CreateLogStream, logs:PutLogEvents.*awslogs/);
});

test('the managed AmazonECSTaskExecutionRolePolicy or statements are enough', () => {
  const managed = `      ManagedPolicyArns: [!Sub 'arn:\${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy']\n`;
  assert.deepEqual(findings('cfn/execution-role-permissions', tpl(task(ECR) + role('ExecRole', 'ecs-tasks.amazonaws.com', managed))), []);
  assert.deepEqual(
    findings('cfn/execution-role-permissions', tpl(task(ECR) + role('ExecRole', 'ecs-tasks.amazonaws.com', policy("'ecr:*', 'logs:*'")))),
    [],
  );
});

test('secrets: Secrets Manager and its KMS key', () => {
  const secrets = `          Secrets:
            - Name: DB
              ValueFrom: !Ref DbSecret
  DbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      KmsKeyId: !Ref Key
  Key:
    Type: AWS::KMS::Key
    Properties: {}
`;
  const managed = `      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy]\n`;
  const text = tpl(task('nginx:1.27', secrets) + role('ExecRole', 'ecs-tasks.amazonaws.com', managed));
  const f = findings('cfn/execution-role-permissions', text);
  assert.deepEqual(
    f.map((x) => x.message.split(',')[0]),
    ['Execution role "ExecRole" does not allow secretsmanager:GetSecretValue', 'Execution role "ExecRole" does not allow kms:Decrypt'],
  );
  const allowed = managed + policy('secretsmanager:GetSecretValue, kms:Decrypt');
  assert.deepEqual(
    findings('cfn/execution-role-permissions', tpl(task('nginx:1.27', secrets) + role('ExecRole', 'ecs-tasks.amazonaws.com', allowed))),
    [],
  );
});

test('silent on policies it cannot evaluate', () => {
  const unknown = `      ManagedPolicyArns: [arn:aws:iam::123456789012:policy/team-exec]\n`;
  assert.deepEqual(findings('cfn/execution-role-permissions', tpl(task(ECR) + role('ExecRole', 'ecs-tasks.amazonaws.com', unknown))), []);
});
