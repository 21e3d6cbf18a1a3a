import type { Run } from './types';

type Listener = (event: MessageEvent<string>) => void;

/**
 * Stands in for the browser's EventSource in tests (happy-dom has none): records every stream opened,
 * and lets a test send events and errors to it as the server would.
 */
export class FakeEventSource {
  static opened: FakeEventSource[] = [];

  readonly url: string;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, Listener[]>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }

  static reset() {
    FakeEventSource.opened = [];
  }

  /** The stream opened last. */
  static latest(): FakeEventSource {
    const source = FakeEventSource.opened.at(-1);
    if (!source) throw new Error('No event stream was opened');
    return source;
  }

  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
  }

  /** A named event whose data is `data` as JSON (or as it is, when a string). */
  emit(type: 'progress' | 'end', data: Run | string) {
    if (this.closed) throw new Error(`The stream ${this.url} is closed`);
    const event = new MessageEvent<string>(type, { data: typeof data === 'string' ? data : JSON.stringify(data) });
    this.listeners.get(type)?.forEach((listener) => listener(event));
  }

  fail() {
    this.onerror?.(new Event('error'));
  }
}
