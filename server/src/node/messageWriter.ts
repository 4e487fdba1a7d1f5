/**
 * The JSON-RPC writer for stdio: the messages sent in one run of the server's code (a validation
 * slice publishing twenty files, a request's answer) leave in one write to the pipe, each message's
 * header and body together. vscode-jsonrpc's stream writer takes a turn of the event loop per
 * message and writes its header and its body separately, each behind a promise: opening the 2,000
 * files of the real workspace sent 2,000 publishes as 4,000 writes.
 *
 * Nothing waits longer than before: the batch is written as soon as the code that sent it returns
 * (process.nextTick), where the library's writer waited for the next turn of the loop. Order is
 * kept: a batch is written only once the write before it is done.
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { MessageEncoder } from '../lsp/messageEncoder';

/** batch buffers up to this size are kept for the next batches; a larger one goes after its write */
const KEEP_BYTES = 8 << 20;

interface Batch {
  promise: Promise<void>;
  resolve(): void;
  reject(e: Error): void;
}

export class BatchingStreamWriter extends AbstractMessageWriter implements MessageWriter {
  private readonly encoder = new MessageEncoder();
  /** the batch being filled, up to `at` */
  private fill: Buffer = Buffer.allocUnsafeSlow(64 << 10);
  private at = 0;
  /** a free buffer for the next batch, while `fill`'s last contents are being written */
  private spare: Buffer | undefined;
  private batch: Batch | undefined;
  private flushQueued = false;
  private writing = false;
  private errors = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (e: Error) => this.fireError(e));
    stream.on('close', () => this.fireClose());
  }

  /** resolves once the message is in the stream, with the rest of its batch */
  write(msg: Message): Promise<void> {
    let body: Buffer;
    try {
      body = this.encoder.bytes(msg);
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      this.fireError(error, msg, ++this.errors);
      return Promise.reject(error);
    }
    const header = `Content-Length: ${body.length}\r\n\r\n`;
    this.reserve(header.length + body.length);
    this.at += this.fill.write(header, this.at, 'latin1');
    this.at += body.copy(this.fill, this.at);
    if (!this.flushQueued) {
      this.flushQueued = true;
      process.nextTick(() => this.flush());
    }
    return (this.batch ??= newBatch()).promise;
  }

  private reserve(bytes: number): void {
    if (this.at + bytes <= this.fill.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.at + bytes, this.fill.length * 2));
    this.fill.copy(bigger, 0, 0, this.at);
    this.fill = bigger;
  }

  private flush(): void {
    this.flushQueued = false;
    // the write before is still under way: this batch goes when it is done
    if (this.writing || !this.at) return;
    const out = this.fill;
    const bytes = out.subarray(0, this.at);
    const batch = this.batch;
    this.writing = true;
    this.fill = this.spare ?? Buffer.allocUnsafeSlow(64 << 10);
    this.spare = undefined;
    this.at = 0;
    this.batch = undefined;
    this.stream.write(bytes, (e?: Error | null) => {
      this.writing = false;
      if (out.length <= KEEP_BYTES) this.spare = out;
      if (e) {
        this.fireError(e, undefined, ++this.errors);
        batch?.reject(e);
      } else batch?.resolve();
      if (this.at) this.flush();
    });
  }

  end(): void {
    this.stream.end();
  }
}

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // a failed write is reported through onError; callers that drop the promise raise nothing more
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
