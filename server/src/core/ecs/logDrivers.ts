/** Log drivers ECS accepts and the option keys each one reads (for rules and completion). */

export const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];

export interface LogOption {
  key: string;
  doc: string;
  required?: boolean;
  values?: string[];
}

/** option keys per driver, with a one-line note each */
export const LOG_OPTIONS: Record<string, LogOption[]> = {
  awslogs: [
    { key: 'awslogs-group', doc: 'CloudWatch Logs group the container writes to.', required: true },
    { key: 'awslogs-region', doc: 'Region of the log group.', required: true },
    { key: 'awslogs-stream-prefix', doc: 'Prefix of each log stream name (`prefix/container/task-id`); required on Fargate.' },
    {
      key: 'awslogs-create-group',
      doc: 'Create the log group when missing (the execution role then needs `logs:CreateLogGroup`).',
      values: ['true', 'false'],
    },
    {
      key: 'mode',
      doc: '`blocking` makes the app wait when CloudWatch is slow; `non-blocking` buffers (see `max-buffer-size`) and may drop lines.',
      values: ['non-blocking', 'blocking'],
    },
    { key: 'max-buffer-size', doc: 'Buffer size in `non-blocking` mode, e.g. `25m`.' },
    { key: 'awslogs-datetime-format', doc: 'strftime pattern marking the start of a multi-line message.' },
    {
      key: 'awslogs-multiline-pattern',
      doc: 'Regular expression marking the start of a multi-line message (ignored when a datetime format is set).',
    },
    { key: 'awslogs-endpoint', doc: 'Override the CloudWatch Logs endpoint.' },
  ],
  awsfirelens: [
    { key: 'Name', doc: 'Fluent Bit output plugin, e.g. `cloudwatch_logs`, `kinesis_firehose`, `s3`, `es`.' },
    { key: 'region', doc: 'Region for the AWS output plugins.' },
    { key: 'log_group_name', doc: 'cloudwatch_logs: log group.' },
    { key: 'log_stream_prefix', doc: 'cloudwatch_logs: stream name prefix.' },
    { key: 'auto_create_group', doc: 'cloudwatch_logs: create the group when missing.', values: ['true', 'false'] },
    { key: 'delivery_stream', doc: 'kinesis_firehose: delivery stream name.' },
    { key: 'bucket', doc: 's3: bucket name.' },
    { key: 'retry_limit', doc: 'Retries before a chunk is dropped.' },
    { key: 'include-pattern', doc: 'Only forward log lines matching this regular expression.' },
    { key: 'exclude-pattern', doc: 'Drop log lines matching this regular expression.' },
  ],
  splunk: [
    { key: 'splunk-url', doc: 'Splunk HTTP Event Collector URL.', required: true },
    { key: 'splunk-token', doc: 'HEC token (prefer `secretOptions`).' },
    { key: 'splunk-source', doc: 'Event source.' },
    { key: 'splunk-sourcetype', doc: 'Event source type.' },
    { key: 'splunk-index', doc: 'Event index.' },
    { key: 'splunk-format', doc: 'Message format.', values: ['inline', 'json', 'raw'] },
    { key: 'splunk-verify-connection', doc: 'Check the connection at start.', values: ['true', 'false'] },
    { key: 'splunk-insecureskipverify', doc: 'Skip TLS verification.', values: ['true', 'false'] },
  ],
  fluentd: [
    { key: 'fluentd-address', doc: 'host:port of the fluentd daemon.' },
    { key: 'fluentd-async', doc: 'Do not block the container when fluentd is down.', values: ['true', 'false'] },
    { key: 'fluentd-buffer-limit', doc: 'Events kept in memory while fluentd is unreachable.' },
    { key: 'fluentd-retry-wait', doc: 'Wait between retries, e.g. `1s`.' },
    { key: 'fluentd-max-retries', doc: 'Retries before giving up.' },
    { key: 'tag', doc: 'Tag for the messages, e.g. `{{.Name}}`.' },
  ],
  gelf: [
    { key: 'gelf-address', doc: 'GELF server, e.g. `udp://host:12201`.', required: true },
    { key: 'gelf-compression-type', doc: 'Compression.', values: ['gzip', 'zlib', 'none'] },
    { key: 'tag', doc: 'Tag for the messages.' },
  ],
  'json-file': [
    { key: 'max-size', doc: 'Rotate the log file at this size, e.g. `10m`.' },
    { key: 'max-file', doc: 'Rotated files to keep.' },
    { key: 'compress', doc: 'Compress rotated files.', values: ['true', 'false'] },
    { key: 'labels', doc: 'Container labels to include.' },
    { key: 'env', doc: 'Environment variables to include.' },
  ],
  journald: [
    { key: 'tag', doc: 'Value of the SYSLOG_IDENTIFIER field.' },
    { key: 'labels', doc: 'Container labels to include.' },
    { key: 'env', doc: 'Environment variables to include.' },
  ],
  syslog: [
    { key: 'syslog-address', doc: 'Syslog server, e.g. `udp://host:514`.' },
    { key: 'syslog-facility', doc: 'Syslog facility, e.g. `daemon`.' },
    { key: 'syslog-format', doc: 'Message format.', values: ['rfc5424', 'rfc5424micro', 'rfc3164'] },
    { key: 'tag', doc: 'Tag for the messages.' },
  ],
};
