import "server-only";

import { headers } from "next/headers";
import { cache } from "react";

import { timelineOf, TRACE_HEADER, traceOf, type TraceRecorder, type TracedRequest } from "./trace";

/** This request's timeline recorder for pages, actions and route handlers; null when recording is off. */
export const requestTrace = cache(async (): Promise<TraceRecorder | null> => traceOf((await headers()).get(TRACE_HEADER), "app"));

/** The last requests of the browser asking, newest first (this one included, still running). */
export async function ownTimeline(): Promise<{ recording: boolean; requests: TracedRequest[] }> {
  const id = (await headers()).get(TRACE_HEADER);
  return { recording: id !== null, requests: timelineOf(id) };
}
