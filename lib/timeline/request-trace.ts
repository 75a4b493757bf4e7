import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { isRecording } from "./proxy-trace";
import { timelineOf, TRACE_HEADER, traceOf, type TraceRecorder, type TracedRequest } from "./recorder";

/** The trace of the request a page, action or route handler is answering, found from the header the proxy handed on. */
export const traceInPage = (requestHeaders: Headers): TraceRecorder | null => traceOf(requestHeaders.get(TRACE_HEADER), "app");

/** This request's timeline recorder, for code above the session layer (lib/auth); null when recording is off. */
export const requestTrace = cache(async (): Promise<TraceRecorder | null> => traceInPage(await headers()));

/**
 * The last requests of the browser asking, newest first (this one included, still running). None
 * while recording is on but this browser has no session and no timeline yet: a read is not recorded.
 */
export async function ownTimeline(): Promise<{ recording: boolean; requests: TracedRequest[] }> {
  return { recording: isRecording(), requests: timelineOf((await headers()).get(TRACE_HEADER)) };
}
