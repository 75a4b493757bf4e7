// What the active store costs a request, measured by npm run bench (the inspector's cost card).
export const storeCosts = {
  storeCost: {
    title: "What this store costs",
    notMeasured: "Not measured yet: run {command}.",
    notThisStore: "The last run of {command} did not measure this store ({store}): run it with the store's server up.",
    measured: "Measured by {command} on a {cores}-core machine at {time}: a probe route with and without the session, under the same load.",
    read: "Reading the session",
    write: "Saving it once",
    layer: "The session layer alone",
    perRequest: "{us} µs a request ({ratio}× the requests per second)",
    withinNoise: "within the noise ({ratio}× the requests per second)",
    waitingFloor: "This store's read waits for its server, and Next.js answers a request that waits once for less CPU than one that does not: the read is counted from a route that waits once too, not from the bare one.",
    perCall: "load {load} µs, save {save} µs a call",
  },
};
