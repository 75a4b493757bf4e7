// The tools: visit history and the session inspector.
export const tools = {
  history: {
    title: "Visit history",
    intro:
      "Once you have a session, every page you open is written into it before the page renders. Next.js's proxy ({proxy}, called middleware before Next.js 16) runs ahead of each request, puts the visit at the top of {key}, keeps the last {limit}, and hands the updated session to the page. So this page already lists itself.",
    everyVisitor:
      "A visit alone never starts a session: the proxy records visits only for a browser that already holds one, because you typed a name, chose a language, added to the cart, logged in, or pressed the button below. Flask's {hook} handler would write to every visitor's session, and Flask then sends every visitor a cookie; with sessions kept on the server, that is a stored session for every crawler or script that never sends the cookie back. So here, as with express-session's saveUninitialized: false, a session starts with the first thing a visitor does.",
    noSessionTitle: "No session, so no history yet",
    noSession:
      "Your browser sent no session cookie, and reading pages does not create one. Start a session to record your visits from now on, or do anything that saves to the session (choose a language, add to the cart).",
    visitsTitle: "Your last {limit} visits",
    empty: "No visits recorded yet. Open another lesson, or reload this page, and it will appear here.",
    kept: "Most recent first; {count} of {limit} kept. Prefetches, images, Next.js's own files and form submissions are not visits, so they are not listed.",
    clear: "Clear history",
    start: "Start recording",
    started: 'session["history"] = []: your session has started. The next page you open is its first visit.',
    cleared: 'session.pop("history"): the history is empty. If your session held nothing else, it ended with it, cookie and all, and recording stops until you start it again.',
    whereTitle: "Where the recording happens",
    stepRequest: "Your browser asks for a page: a full load, or a client-side navigation when you follow a link (a GET with an {header} header). Both are visits.",
    stepProxy:
      "Before any page code runs, {proxy} skips what is not a visit (prefetches, files, {next}, {api}, form posts) and every request that carries no session cookie, then loads your session through the active store, adds the visit and saves: the database store updates your row, the cookie store seals a new cookie.",
    stepTwice:
      "When the cookie changes (the cookie store's new seal, or the id of a session just started), it sets it twice: on the request it passes on, so this page renders the new history, and on the response, so your browser keeps it. Forget the first, and the page shows the history one visit late. A server-side store's id stays the same, so there the row is all that changes, and the response sets no cookie.",
    exception:
      "One exception: when a form's server action redirects, Next.js renders the page it redirects to inside the action's POST (it fetches that page from itself), and only the action's cookie reaches your browser. A visit recorded there would be lost with the cookie store, so the proxy skips it with every store: that page appears here from the next request on, a reload or a link.",
    neverStops: "A broken or missing cookie never stops a page: if the proxy cannot record a visit, it lets the request through unchanged.",
  },
  inspector: {
    title: "Session inspector",
    eyebrow: "Tool",
    intro:
      'One session, seen three ways, in the order a request meets them: {one} the cookie your browser sent, {two} the session the server decoded from it, and {three} what the store keeps on the server. The settings that decide all three are under "The details" at the end of the page.',
    tryIt:
      "Change something in another lesson, then come back: opening this page is a visit too, so its own visit is already in the history below. Try it in both stores ({cookieStore} and {databaseStore}) and compare the cookie.",
    verdictLabel: "Cookie verdict",
    verdict: {
      validTitle: "Your browser sent a valid session cookie.",
      validBody: "The {store} store accepted it, and the server decoded the session shown below.",
      absentTitle: "Your browser sent no session cookie.",
      absentBody:
        "So there is no session: the server treats this request as a new visitor's. Reading pages never creates one; the first thing you save (a name, a language, the cart) does.",
      refusedTitle: "The session cookie your browser sent is not valid.",
      refusedBody: "The server ignores it and treats this request as a new visitor's: {reasons}. No error, no data from it: a refused cookie is simply no session.",
      deletedTitle: "The session cookie your browser sent was not valid, so it was deleted.",
      deletedBody:
        "The server could not accept it: {reasons}. Nothing from it was kept, and the response tells your browser to delete it. No new session was started in its place: a page visit alone never starts one.",
      reasonsServer: "it was changed (the id no longer names a row), the session expired, or it was ended on the server (a log-out, an admin)",
      reasonsCookie: "it was changed (one wrong character breaks the seal), the session expired, or it was sealed with another SESSION_SECRET",
    },
    cookieTitle: "1. The cookie your browser sent",
    noCookie: "No {name} cookie came with this request.",
    cookieHashIntro: "What came in the request's {header} header, under the name {name}, is a random token that logs in whoever sends it, so this page shows only the start of its SHA-256, as the store's key begins; the token itself travels only in Set-Cookie and {header}:",
    cookieIntro: "Exactly what came in the request's {header} header, under the name {name}:",
    size: "Size (name=value)",
    sizeValue: "{size} of {limit} bytes",
    dropsIt: "Browser drops it",
    dropsAt: "{time} (Max-Age {seconds} s)",
    browserCloses: "when the browser closes",
    sizeMeter: "Cookie size",
    sizeLimit: "Browsers silently drop a cookie over {limit} bytes, so the server refuses to write one that big.",
    decodedTitle: "2. What the server decoded",
    decodedNone: "Nothing: the cookie led to no session, so the server treats this request as a new visitor's, with an empty session.",
    created: "Created",
    expiresOnServer: "Expires on the server",
    permanent: "Permanent",
    permanentYes: "yes (the cookie has a Max-Age)",
    permanentNo: "no (a browser-session cookie)",
    expiryMoves:
      "The server ends a session after SESSION_IDLE_SECONDS without a request, or SESSION_TTL_SECONDS after it began, whichever comes first. It goes by the times inside the session, never by the cookie's Max-Age. Every write of the session moves the idle time on (each page visit writes the history); a request that changes nothing refreshes it at most once a minute.",
    storedTitle: "3. What the store keeps on the server",
    storedInCookie:
      "Nothing is kept on the server. With the {store} store the cookie is the whole session: the data is sealed into it (encrypted and signed with {secret}), and the server decodes it on every request. The server cannot list such sessions, nor end one alone: it can ask this browser to delete its cookie, or refuse all of a user's cookies at once by raising their session version.",
    storedNoCookie: "No cookie, so there is no row to look up.",
    storedNoRow: "No row matches this cookie: the server holds nothing for it.",
    storedIntro:
      "The cookie carries only a random id. The server looks up the row stored under its SHA-256 hash, so someone who reads the table still cannot present a cookie.",
    storedLabels: {
      table: "Table",
      idHash: "idHash (SHA-256 of the cookie's id)",
      key: "Redis key (prefix + SHA-256 of the cookie's id)",
      ttl: "TTL (Redis deletes the key when it runs out, an hour after the session times out, so that a late request is told why)",
      value: "Value (the whole session, as JSON)",
    },
    settingsTitle: "The active store and its settings",
    ttlValue: { one: "{seconds} ({count} day)", other: "{seconds} ({count} days)" },
    secretValue: { one: "set: {count} secret, the newest {length} characters", other: "set: {count} secrets (newest first, older ones still read), the newest {length} characters" },
    idleValue: { one: "{seconds} ({count} minute without a request)", other: "{seconds} ({count} minutes without a request)" },
    absoluteNote: "absolute: no session outlives it",
    bindValue: { off: "off: a session is not tied to a browser", ua: "ua: a session ends if its cookie arrives from another browser", "ua+ip": "ua+ip: a session ends if its cookie arrives from another browser or address" },
    endingTitle: "Ending a session, and two requests at once",
    endingCookie:
      "Log-out deletes the cookie, but a copy taken earlier is still a valid seal. So that a copy cannot be replayed, log-out also moves the user's session version in the database, which every request checks: the copy is refused, and so are the user's sessions in every other browser. A stateless store can end all of a user's sessions, never just one. Two requests at once each answer with a whole new cookie, and the browser keeps whichever arrives last: one of the two changes is lost (last write wins).",
    endingServer:
      "Log-out deletes the stored session: a copy of the cookie names something that is gone, and the user's other sessions carry on. Two requests at once both count: each one's change is applied to the session as stored at that moment, atomically ({how}), so fifty \"add to cart\" at once add fifty.",
    atomicWrite: {
      database: "an UPDATE that writes only if the row still holds what was read, tried again on a conflict",
      redis: "a Lua script that writes only if the key still holds what was read, tried again on a conflict",
      file: "a lock file per session, so one writer at a time, then a temporary file renamed over the old one",
      memcached: "gets and cas: Memcached refuses the write if anyone wrote since the read, and the store reads again",
    },
    secretNote: "The secret itself is never shown: whoever knows it can forge any session.",
    seeHistory: "Each visit is recorded by the proxy: see the {link} lesson.",
    historyLink: "visit history",
  },
};
