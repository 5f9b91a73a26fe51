import { fork, type ChildProcess } from 'node:child_process';
import type { Result } from '$shared/api';
import type { ChildEntry } from './bundle-child';
import type { ChildMessage, ParentMessage } from './kill-child';

/** One service process the harness talks to over IPC, and kills. */
export class ChildHost {
  private nextId = 1;
  private pending = new Map<number, (r: Result<unknown>) => void>();
  private readyWaiter: ((m: ChildMessage) => void) | undefined;
  private exited: Promise<void>;
  dead = false;

  private constructor(private readonly proc: ChildProcess) {
    this.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    proc.on('message', (m: ChildMessage) => {
      if (m.type === 'result') {
        const settle = this.pending.get(m.id);
        this.pending.delete(m.id);
        settle?.(m.result as Result<unknown>);
      } else this.readyWaiter?.(m);
    });
    void this.exited.then(() => {
      this.dead = true;
      this.readyWaiter?.({ type: 'failed', message: 'the child exited' });
    });
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  /** Starts a child and waits until its modules are loaded (it opens nothing yet). */
  static async spawn(entry: ChildEntry): Promise<ChildHost> {
    const proc = fork(entry.script, [], {
      execArgv: entry.execArgv,
      serialization: 'json',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const host = new ChildHost(proc);
    const first = await host.nextControl();
    if (first.type !== 'loaded') throw new Error(`the kill-test child did not start: ${JSON.stringify(first)}`);
    return host;
  }

  private nextControl(): Promise<ChildMessage> {
    return new Promise((resolve) => {
      this.readyWaiter = (m) => {
        this.readyWaiter = undefined;
        resolve(m);
      };
    });
  }

  /** Opens the store on `dataDir`; answers once it is ready (or why it failed). */
  open(dataDir: string): Promise<ChildMessage> {
    const answer = this.nextControl();
    this.post({ type: 'open', dataDir });
    return answer;
  }

  /** One API call; a call the child cannot answer (killed) never settles, like a renderer whose host died. */
  call(channel: string, input: unknown): Promise<Result<unknown>> {
    if (this.dead) return new Promise(() => undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.post({ type: 'call', id, channel, input });
    });
  }

  async kill(): Promise<void> {
    this.dead = true;
    this.pending.clear();
    this.proc.kill('SIGKILL');
    await this.exited;
  }

  private post(m: ParentMessage): void {
    if (!this.dead && this.proc.connected) this.proc.send(m);
  }
}
