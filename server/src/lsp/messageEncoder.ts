/**
 * The JSON-RPC message encoder for stream transports (stdio): writes each message's UTF-8 into one
 * kept buffer instead of a fresh `Buffer.from` per message, and splices kept JSON (`JsonList`)
 * into responses and into publishDiagnostics (keptDiagnostics.ts) without stringifying the list again. A fresh large allocation is the expensive
 * part on some machines (page faults on new memory: 2–3 ms for a 543 KB outline on the bench VM).
 *
 * Reusing the buffer is safe because its one user, the stdio writer (node/messageWriter.ts), copies
 * each message's bytes into its batch before it encodes the next.
 */
import type { Message } from 'vscode-languageserver/node';
import { JsonList } from './jsonList';

/** kept up to this size; a larger message gets a buffer of its own */
const KEEP_BYTES = 8 << 20;

export class MessageEncoder {
  private buffer = Buffer.allocUnsafeSlow(64 << 10);
  private at = 0;

  /** the message's UTF-8 JSON, valid until the next call */
  bytes(msg: Message): Buffer {
    this.at = 0;
    const result = (msg as { result?: unknown }).result;
    const params = (msg as { params?: { diagnostics?: unknown } }).params;
    if (result instanceof JsonList) {
      // the response with the list left out, then the list's parts where it stood
      const { result: _list, ...rest } = msg as unknown as { result: unknown };
      this.spliced(JSON.stringify(rest), 1, 'result', result);
    } else if (params?.diagnostics instanceof JsonList) {
      // a publishDiagnostics of kept JSON (keptDiagnostics.ts): the list goes last inside `params`
      const { diagnostics, ...others } = params;
      const { params: _params, ...top } = msg as unknown as { params: unknown };
      this.spliced(JSON.stringify({ ...top, params: others }), 2, 'diagnostics', diagnostics);
    } else this.put(JSON.stringify(msg));
    return this.taken();
  }

  /** `head` with `"key":[parts]` added as the last member of the object that closes `depth` characters before its end */
  private spliced(head: string, depth: number, key: string, list: JsonList): void {
    const at = head.length - depth;
    this.put(head.slice(0, at));
    this.put(head[at - 1] === '{' ? `"${key}":[` : `,"${key}":[`);
    let first = true;
    for (const part of list.parts) {
      if (!part.length) continue;
      if (!first) this.put(',');
      if (typeof part === 'string') this.put(part);
      else this.copy(part);
      first = false;
    }
    this.put(']' + head.slice(at));
  }

  private copy(bytes: Uint8Array): void {
    const need = this.at + bytes.length;
    if (need > this.buffer.length) this.grow(need);
    this.buffer.set(bytes, this.at);
    this.at = need;
  }

  private put(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; measure long strings instead of reserving 3×
    const need = this.at + (s.length < 4096 ? s.length * 3 : Buffer.byteLength(s));
    if (need > this.buffer.length) this.grow(need);
    this.at += this.buffer.write(s, this.at);
  }

  private grow(need: number): void {
    const next = Buffer.allocUnsafeSlow(Math.max(need, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.at);
    this.buffer = next;
  }

  private taken(): Buffer {
    const out = this.buffer.subarray(0, this.at);
    // a one-off giant message does not stay in memory: the next one starts from a small buffer
    if (this.buffer.length > KEEP_BYTES) this.buffer = Buffer.allocUnsafeSlow(64 << 10);
    return out;
  }
}
