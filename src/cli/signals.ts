// Signal handling from the first moment of the process, before the catalogue is loaded: Node's
// default for SIGHUP and SIGTERM is to die with 129/143. Until the service is ready, SIGTERM and
// SIGINT exit 0 at once (nothing is in flight) and a SIGHUP is remembered and run once ready
// (an edit made during startup may have been read too late).
import type { Logger } from 'pino';

export interface SignalActions {
  reload(reason: string): void;
  stop(signal: string): void;
}

export class ProcessSignals {
  private actions: SignalActions | undefined;
  private reloadQueued = false;

  constructor(private readonly logger: Logger) {
    process.on('SIGHUP', () => this.onHangup());
    process.on('SIGTERM', () => this.onStop('SIGTERM'));
    process.on('SIGINT', () => this.onStop('SIGINT'));
  }

  /** The service is ready: from now on signals reload and drain. Runs a queued SIGHUP. */
  ready(actions: SignalActions): void {
    this.actions = actions;
    if (this.reloadQueued) {
      this.reloadQueued = false;
      actions.reload('SIGHUP');
    }
  }

  private onHangup(): void {
    if (this.actions) {
      this.actions.reload('SIGHUP');
      return;
    }
    this.reloadQueued = true;
    this.logger.info('SIGHUP before the catalogue is ready: queued, reloads once ready');
  }

  private onStop(signal: string): void {
    if (this.actions) {
      this.actions.stop(signal);
      return;
    }
    this.logger.info({ signal }, 'stopping before the catalogue is ready: nothing in flight');
    process.exit(0);
  }
}
