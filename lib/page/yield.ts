// Long pages are worked through in slices so that no main-thread task runs long (target: under 50 ms).

/** Work a task may do before yielding: a frame of the page's rendering can come between two slices. */
const SLICE_MS = 12;

/** Resolves on a fresh task; a MessageChannel hop avoids setTimeout's clamping. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `work` on each item, yielding to the page whenever a slice of `sliceMs` is used up. */
export async function inSlices<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  sliceMs = SLICE_MS,
): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    work(items[i] as T, i);
    if (performance.now() - sliceStart > sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
