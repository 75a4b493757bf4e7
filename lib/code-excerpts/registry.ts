// Every code panel the lessons show: the Flask on the left, the marked regions of our own files on
// the right (see extract.ts for the markers), and the lines that do the same thing, paired.
// lib/code-excerpts/registry.test.ts reads every region named here and fails when one is gone.
import * as flask from "./flask";

/** A marked region of a project file: `// #region <region>` ... `// #endregion <region>`. */
export interface ExcerptSource {
  file: string;
  region: string;
}

export interface CodePanelSpec {
  /** The caption over the Flask, by which extension it uses: common.flaskSample, or a key of codeSamples. */
  flaskLabel: "flaskSample" | "flaskLogin" | "flaskLoginDecorator" | "flaskSession";
  flask: string;
  ours: ExcerptSource[];
  /**
   * Lines that do the same thing: a piece of a Flask line and a piece of one of ours (the first
   * line, in any excerpt, that contains it). Both sides get the same callout number.
   */
  pairs: [flask: string, ours: string][];
  express?: string;
}

const LESSONS = "app/(lessons)";

export const CODE_PANELS = {
  hello: {
    flaskLabel: "flaskSample",
    flask: flask.HELLO,
    ours: [{ file: `${LESSONS}/hello/actions.ts`, region: "save-name" }],
    pairs: [
      ['request.form["name"]', 'fieldText(formData, "name")'],
      ['session["name"] = ', 'session.set("name", name.data)'],
      ['redirect(url_for("output"))', 'redirect("/hello/output")'],
    ],
  },
  helloOutput: {
    flaskLabel: "flaskSample",
    flask: flask.HELLO_OUTPUT,
    ours: [
      { file: `${LESSONS}/hello/output/page.tsx`, region: "read-name" },
      { file: `${LESSONS}/hello/actions.ts`, region: "forget-name" },
    ],
    pairs: [
      ['if "name" not in session', 'if (typeof name !== "string")'],
      ['session.pop("name", None)', 'session.pop("name")'],
      ["def logout():", "export async function forgetName()"],
    ],
  },
  basics: {
    flaskLabel: "flaskSample",
    flask: flask.BASICS,
    ours: [
      { file: `${LESSONS}/basics/actions.ts`, region: "set-key" },
      { file: `${LESSONS}/basics/actions.ts`, region: "read-key" },
      { file: `${LESSONS}/basics/actions.ts`, region: "pop-key" },
      { file: `${LESSONS}/basics/actions.ts`, region: "clear-session" },
      { file: `${LESSONS}/basics/actions.ts`, region: "set-permanent" },
      { file: `${LESSONS}/basics/actions.ts`, region: "save-change" },
    ],
    pairs: [
      ['session["color"] = "blue"', "session.set(key, value.data)"],
      ['session.get("color")', "(await getSession()).get(key)"],
      ['session.pop("color", None)', "session.pop(key)"],
      ["session.clear()", "session.clear()"],
      ["session.permanent = True", "session.permanent = permanent"],
    ],
  },
  login: {
    flaskLabel: "flaskLogin",
    flask: flask.LOGIN,
    ours: [
      { file: `${LESSONS}/login/actions.ts`, region: "log-in" },
      { file: "lib/auth/login.ts", region: "start-user-session" },
    ],
    pairs: [
      ["check_password(", "attemptLogin("],
      ["login_user(user)", 'session.set("user", sessionUser)'],
      ["regenerate(session)", "session.regenerate()"],
      ["return redirect(next_page)", "redirect(safeNextPath("],
    ],
    express: flask.LOGIN_EXPRESS,
  },
  logout: {
    flaskLabel: "flaskLogin",
    flask: flask.LOGOUT,
    ours: [
      { file: `${LESSONS}/logout/route.ts`, region: "log-out" },
      { file: "lib/auth/login.ts", region: "end-user-session" },
    ],
    pairs: [
      ['methods=["POST"]', "export const POST"],
      ["logout_user()", "await endUserSession("],
      ["session.clear()", "session.destroy()"],
      ['redirect(url_for("login", status="logged-out"))', '"/login?status=logged-out"'],
    ],
    express: flask.LOGOUT_EXPRESS,
  },
  profile: {
    flaskLabel: "flaskLogin",
    flask: flask.PROFILE,
    ours: [
      { file: `${LESSONS}/profile/page.tsx`, region: "profile-gate" },
      { file: "lib/auth/current-user.ts", region: "require-user" },
      { file: "lib/auth/current-user.ts", region: "current-user" },
    ],
    pairs: [
      ["@login_required", 'requireUser("/profile")'],
      ["redirect to /login?next=/profile", "redirect(loginUrl(returnTo))"],
      ["user=current_user", 'session.get("user")'],
    ],
    express: flask.PROFILE_EXPRESS,
  },
  dashboard: {
    flaskLabel: "flaskLoginDecorator",
    flask: flask.DASHBOARD,
    ours: [
      { file: `${LESSONS}/dashboard/page.tsx`, region: "dashboard-gate" },
      { file: "lib/auth/current-user.ts", region: "require-role" },
    ],
    pairs: [
      ["def dashboard()", 'requireUser("/dashboard")'],
      ["current_user.role != role", "user.role !== role"],
      ["abort(403)", "forbidden()"],
    ],
    express: flask.DASHBOARD_EXPRESS,
  },
  admin: {
    flaskLabel: "flaskSession",
    flask: flask.ADMIN,
    ours: [
      { file: `${LESSONS}/admin/page.tsx`, region: "admin-gate" },
      { file: `${LESSONS}/admin/actions.ts`, region: "end-session" },
    ],
    pairs: [
      ['@role_required("admin")', 'requireRole("admin", "/admin")'],
      ["sql_session_model).all()", "listActiveSessions()"],
    ],
    express: flask.ADMIN_EXPRESS,
  },
  account: {
    flaskLabel: "flaskLogin",
    flask: flask.ACCOUNT,
    ours: [
      { file: `${LESSONS}/account/actions.ts`, region: "change-password" },
      { file: "lib/account/change-password.ts", region: "change-password" },
    ],
    pairs: [
      ["@login_required", 'requireUser("/account")'],
      ["check_password(", "passwordMatches(user.id, current)"],
      ["set_password(", "hashPassword(next)"],
      ["session_version += 1", "endAllSessionsOf(user.id, keep)"],
      ["regenerate(session)", "regenerate()"],
    ],
  },
  adminUsers: {
    flaskLabel: "flaskLogin",
    flask: flask.ADMIN_USERS,
    ours: [
      { file: `${LESSONS}/admin/users/actions.ts`, region: "one-user-action" },
      { file: "lib/admin/users.ts", region: "end-sessions-of-user" },
    ],
    pairs: [
      ['@role_required("admin")', 'requireRole("admin", "/admin/users")'],
      ["abort(400)", 'typeof target === "string"'],
      ["session_version += 1", "endAllSessionsOf(userId)"],
    ],
  },
  adminLog: {
    flaskLabel: "flaskSample",
    flask: flask.ADMIN_LOG,
    ours: [{ file: "lib/security-log/list.ts", region: "list-events" }],
    pairs: [
      ['@role_required("admin")', 'requireRole("admin", "/admin/log")'],
      [".strip().lower()", "trim().toLowerCase()"],
      ["order_by(SecurityEvent.at.desc())", 'orderBy: [{ at: "desc" }'],
      [".limit(200)", "take: PAGE_SIZE"],
    ],
  },
  shop: {
    flaskLabel: "flaskSample",
    flask: flask.SHOP,
    ours: [
      { file: `${LESSONS}/shop/actions.ts`, region: "add-to-cart" },
      { file: "lib/shop/cart.ts", region: "add-item" },
      { file: "lib/shop/cart.ts", region: "apply-rule" },
    ],
    pairs: [
      ['request.form.get("quantity", 1, type=int)', "parseQuantity(typed"],
      ["cart[key] = cart.get(key, 0) + quantity", "addToCart(cart, product, quantity)"],
      ["session.modified = True", "await session.save()"],
    ],
    express: flask.SHOP_EXPRESS,
  },
  cart: {
    flaskLabel: "flaskSample",
    flask: flask.CART,
    ours: [
      { file: `${LESSONS}/cart/actions.ts`, region: "update" },
      { file: `${LESSONS}/cart/actions.ts`, region: "remove" },
      { file: `${LESSONS}/cart/actions.ts`, region: "clear" },
      { file: "lib/shop/cart.ts", region: "empty-cart" },
    ],
    pairs: [
      ['request.form.get("quantity", type=int)', "changeQuantity(parseProductId(typedId)"],
      ['.pop(request.form["product_id"], None)', "removeItem(parseProductId("],
      ['session.pop("cart", None)', "session.pop(CART_KEY)"],
    ],
    express: flask.CART_EXPRESS,
  },
  checkout: {
    flaskLabel: "flaskLogin",
    flask: flask.CHECKOUT,
    ours: [
      { file: `${LESSONS}/cart/checkout/actions.ts`, region: "place-order" },
      { file: "lib/shop/checkout.ts", region: "check-out" },
    ],
    pairs: [
      ["@login_required", 'requireUser("/cart/checkout")'],
      ["with db.session.begin():", "placeOrder(getDb(), { userId, cart: await getCart(), seenOrderId })"],
      ['session.pop("cart", None)', "await emptyCart()"],
      ['redirect(url_for("order", order_id=order.id))', "redirect(`/orders/${result.orderId}?placed=1`)"],
    ],
    express: flask.CHECKOUT_EXPRESS,
  },
  orders: {
    flaskLabel: "flaskLogin",
    flask: flask.ORDERS,
    ours: [
      { file: `${LESSONS}/orders/page.tsx`, region: "orders-gate" },
      { file: "lib/shop/orders.ts", region: "list-orders" },
      { file: "lib/shop/orders.ts", region: "find-order" },
    ],
    pairs: [
      ['user_id = session["user"]["id"]', "listOrders(user.id)"],
      ["order_by(Order.id.desc())", 'orderBy: { id: "desc" }'],
      ["filter_by(id=order_id,", "where: { id: orderId, userId }"],
    ],
    express: flask.ORDERS_EXPRESS,
  },
  history: {
    flaskLabel: "flaskSample",
    flask: flask.HISTORY,
    ours: [
      { file: "proxy.ts", region: "record-visit" },
      { file: `${LESSONS}/history/actions.ts`, region: "start-history" },
      { file: `${LESSONS}/history/actions.ts`, region: "clear-history" },
    ],
    pairs: [
      ['request.method != "GET"', "isPageVisit(request)"],
      ["history.insert(0, visit)", "addVisit(history, visit)"],
      ['    session.setdefault("history", [])', "session.set(HISTORY_KEY, [])"],
      ['session.pop("history", None)', "session.pop(HISTORY_KEY)"],
    ],
    express: flask.HISTORY_EXPRESS,
  },
  preferences: {
    flaskLabel: "flaskLogin",
    flask: flask.PREFERENCES,
    ours: [
      { file: `${LESSONS}/preferences/actions.ts`, region: "update-preferences" },
      { file: "lib/preferences/index.ts", region: "save-preferences" },
    ],
    pairs: [
      ['"theme": request.form["theme"]', 'theme: fieldText(formData, "theme")'],
      ['session["preferences"] = {', 'session.set("preferences", { ...preferences })'],
      ["db.session.commit()", "getDb().user.updateMany("],
      ['redirect(url_for("preferences"))', 'revalidatePath("/", "layout")'],
    ],
  },
  inspector: {
    flaskLabel: "flaskSample",
    flask: flask.INSPECTOR,
    ours: [
      { file: `${LESSONS}/inspector/page.tsx`, region: "inspect" },
      { file: "lib/session/index.ts", region: "get-session" },
    ],
    pairs: [
      ["data = dict(session)", "inspectSession()"],
      ["raw = request.cookies.get(name)", "jar.get(flags.name)"],
    ],
  },
  configuration: {
    flaskLabel: "flaskSample",
    flask: flask.CONFIGURATION,
    ours: [
      { file: "lib/config/schema.ts", region: "session-secrets" },
      { file: "lib/config/index.ts", region: "get-config" },
    ],
    pairs: [
      ['os.environ["SECRET_KEY"]', "sessionSecrets: z.preprocess("],
      ['os.environ["SECRET_KEY"]', "throw new ConfigError(result.problems)"],
    ],
  },
  stores: {
    flaskLabel: "flaskSample",
    flask: flask.STORES,
    ours: [{ file: "lib/session/index.ts", region: "get-session" }],
    pairs: [
      ["app.session_interface = FileSessionInterface()", "const store = getActiveStore()"],
      ["def open_session(self, app, request)", "await openSession(traced, config"],
      ["request.cookies.get(self.get_cookie_name(app))", "jar.get(flags.name)"],
    ],
  },
} satisfies Record<string, CodePanelSpec>;

export type CodePanelId = keyof typeof CODE_PANELS;
