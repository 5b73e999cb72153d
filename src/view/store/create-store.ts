// A minimal reducer store: state changes only through dispatched actions; listeners see both states.

/** Receives the new state, the state before and the action that made the change. */
export type Listener<S, A> = (state: S, previous: S, action: A) => void;

export interface Store<S, A> {
  get(): S;
  /** Runs the reducer; listeners are called only when the state object changed. */
  dispatch(action: A): void;
  /** Returns the function that removes the listener. */
  subscribe(listener: Listener<S, A>): () => void;
}

/**
 * Creates a store over a pure `reducer`. An action dispatched by a listener is queued and handled
 * after the current one has reached every listener, so listeners always see changes in order.
 */
export function createStore<S, A>(reducer: (state: S, action: A) => S, initial: S): Store<S, A> {
  let state = initial;
  const listeners = new Set<Listener<S, A>>();
  const queue: A[] = [];
  let dispatching = false;
  return {
    get: () => state,
    dispatch(action) {
      queue.push(action);
      if (dispatching) return;
      dispatching = true;
      try {
        while (queue.length > 0) {
          const next = queue.shift() as A;
          const previous = state;
          state = reducer(previous, next);
          if (state !== previous)
            for (const listener of [...listeners]) listener(state, previous, next);
        }
      } finally {
        dispatching = false;
        queue.length = 0;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
