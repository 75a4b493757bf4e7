import "server-only";

import { traceRequestsWith } from "@/lib/session/trace";

import { proxyTraceOf } from "./proxy-trace";
import { TRACE_HEADER } from "./recorder";
import { traceInPage } from "./request-trace";

/**
 * Plugs the request timeline into the session layer (instrumentation.ts, once at start-up): the
 * proxy's trace is handed on to the page on TRACE_HEADER, after dropping any copy a client sent.
 */
export function recordRequestTimelines(): void {
  traceRequestsWith({
    inProxy: proxyTraceOf,
    handOn(request, headers) {
      headers.delete(TRACE_HEADER);
      const trace = proxyTraceOf(request);
      if (trace) headers.set(TRACE_HEADER, trace.id);
    },
    inPage: traceInPage,
  });
}
