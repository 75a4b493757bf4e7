// The Flask each lesson replaces, as the tutorials write it: the left side of every code panel
// (lib/code-excerpts/registry.ts pairs it with our code). With it, the one line Express would need.

export const HELLO = `
@app.route("/", methods=["GET", "POST"])
def index():
    if request.method == "POST":
        session["name"] = request.form["name"]
        return redirect(url_for("output"))
    return render_template("index.html")
`;

export const HELLO_OUTPUT = `
@app.route("/output")
def output():
    if "name" not in session:
        return redirect(url_for("index"))
    return render_template("output.html", name=session["name"])

@app.route("/logout")
def logout():
    session.pop("name", None)
    return redirect(url_for("index"))
`;

export const BASICS = `
session["color"] = "blue"   # set
session.get("color")        # "blue"
session.pop("color", None)  # "blue", gone
session.clear()             # empty
session.permanent = True    # an Expires date (Flask sends no Max-Age)
`;

export const LOGIN = `
@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(username=request.form["username"]).first()
        if user is None or not user.check_password(request.form["password"]):
            flash("Invalid username or password")
            return redirect(url_for("login"))
        login_user(user)                 # session["_user_id"] = user.id
        app.session_interface.regenerate(session)  # Flask-Session 0.7+: a new id
        next_page = request.args.get("next", "")  # a local path only: not //host, not /\\host
        if not next_page.startswith("/") or next_page.startswith("//") or "\\\\" in next_page:
            next_page = url_for("profile")
        return redirect(next_page)
    return render_template("login.html")
`;

export const LOGIN_EXPRESS = "req.session.regenerate(() => { req.session.user = user; res.redirect(next) })";

export const LOGOUT = `
@app.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()      # Flask-Login: forgets session["_user_id"]
    session.clear()    # and everything else: a cart is not for the next person
    return redirect(url_for("login", status="logged-out"))
`;

export const LOGOUT_EXPRESS = 'req.session.destroy(() => res.redirect(303, "/login?status=logged-out"))';

export const PROFILE = `
login_manager.login_view = "login"  # left unset, @login_required answers 401

@app.route("/profile")
@login_required          # no user in the session: redirect to /login?next=/profile
def profile():
    return render_template("profile.html", user=current_user)
`;

export const PROFILE_EXPRESS = 'if (!req.session.user) return res.redirect("/login?next=" + encodeURIComponent(req.originalUrl))';

export const DASHBOARD = `
def role_required(role):
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role != role:
                abort(403)          # logged in, wrong role: Forbidden
            return view(*args, **kwargs)
        return wrapped
    return decorator

@app.route("/dashboard")
@login_required
def dashboard(): ...

@app.route("/admin")
@role_required("admin")
def admin(): ...
`;

export const DASHBOARD_EXPRESS = 'if (req.session.user?.role !== "admin") return res.status(403).send("You need the admin role")';

export const ADMIN = `
@app.route("/admin")
@role_required("admin")
def admin():
    # Flask-Session with SESSION_TYPE = "sqlalchemy": the sessions are rows
    sessions = db.session.query(app.session_interface.sql_session_model).all()
    return render_template("admin.html", sessions=sessions)
`;

export const ADMIN_EXPRESS = "req.sessionStore.all((err, sessions) => res.render(\"admin\", { sessions }))  // then destroy(sid)";

export const SHOP = `
@app.post("/cart/add")
def add_to_cart():
    product = db.get_or_404(Product, request.form["product_id"])
    quantity = request.form.get("quantity", 1, type=int)
    cart = session.setdefault("cart", {})
    key = str(product.id)        # JSON keys are strings
    cart[key] = cart.get(key, 0) + quantity
    # Changed in place: Flask cannot see it, so say so,
    # or the new quantity is silently not saved.
    session.modified = True
    flash(f"Added {quantity} × {product.name} to your cart.")
    return redirect(url_for("shop"))
`;

export const SHOP_EXPRESS = `req.session.cart = { ...req.session.cart, [id]: (req.session.cart?.[id] ?? 0) + quantity };`;

export const CART = `
@app.post("/cart/update")
def update_cart():
    cart = session.get("cart", {})
    cart[request.form["product_id"]] = request.form.get("quantity", type=int)
    session.modified = True      # an in-place change again
    return redirect(url_for("cart"))

@app.post("/cart/remove")
def remove_from_cart():
    session.get("cart", {}).pop(request.form["product_id"], None)
    session.modified = True
    return redirect(url_for("cart"))

@app.post("/cart/clear")
def clear_cart():
    session.pop("cart", None)    # Flask sees this one by itself
    return redirect(url_for("cart"))
`;

export const CART_EXPRESS = `delete req.session.cart[id]; // express-session notices in-place changes by itself`;

export const ORDERS = `
@app.get("/orders")
@login_required
def orders():
    user_id = session["user"]["id"]      # from the session, never the URL
    orders = Order.query.filter_by(user_id=user_id).order_by(Order.id.desc())
    return render_template("orders.html", orders=orders)

@app.get("/orders/<int:order_id>")
@login_required
def order(order_id):
    order = Order.query.filter_by(id=order_id,
                                  user_id=session["user"]["id"]).first_or_404()
    return render_template("order.html", order=order)
`;

export const ORDERS_EXPRESS = `const order = await prisma.order.findFirst({ where: { id, userId: req.session.user.id } }); // null: 404`;

export const CHECKOUT = `
@app.post("/cart/checkout")
@login_required
def checkout():
    cart = session.get("cart", {})
    if not cart:
        flash("Your cart is empty.")
        return redirect(url_for("cart"))
    with db.session.begin():                  # one transaction
        order = Order(user_id=session["user"]["id"])
        for product in Product.query.filter(Product.id.in_(cart)):
            quantity = cart[str(product.id)]
            if product.stock < quantity:
                raise OutOfStock(product)     # rolls everything back
            product.stock -= quantity
            order.lines.append(OrderLine(product=product, quantity=quantity,
                                         unit_price_cents=product.price_cents))
        db.session.add(order)
    session.pop("cart", None)                 # only once the order is committed
    return redirect(url_for("order", order_id=order.id))
`;

export const CHECKOUT_EXPRESS = `await placeOrder(req.session.user.id, req.session.cart); delete req.session.cart; // then redirect`;

export const HISTORY = `
@app.before_request
def record_visit():
    if request.method != "GET" or request.endpoint == "static":
        return
    # Without this, Flask sends every visitor a cookie (and a
    # server-side store keeps a session for each): ours skips it too.
    if not session:
        return
    history = session.setdefault("history", [])
    visit = {"path": request.full_path.rstrip("?"),
             "at": datetime.now(timezone.utc).isoformat()}
    history.insert(0, visit)
    del history[10:]
    # Changed in place, which Flask cannot see: say so.
    session.modified = True

@app.post("/history/start")
def start_history():
    session.setdefault("history", [])
    return redirect(url_for("history"))

@app.post("/history/clear")
def clear_history():
    session.pop("history", None)
    return redirect(url_for("history"))
`;

export const HISTORY_EXPRESS = `app.use(session({ saveUninitialized: false, /* … */ })); app.use((req, res, next) => { if (req.method === "GET" && req.session.history) req.session.history = [{ path: req.originalUrl, at: new Date() }, ...req.session.history].slice(0, 10); next(); });`;

export const PREFERENCES = `
@app.route("/preferences", methods=["POST"])
def preferences():
    session["preferences"] = {
        "language": request.form["language"],
        "theme": request.form["theme"],
        "notifications": "notifications" in request.form,
    }
    if current_user.is_authenticated:   # keep them past log-out
        current_user.theme = session["preferences"]["theme"]; db.session.commit()
    return redirect(url_for("preferences"))
# Express: req.session.preferences = { ... } in the POST handler
`;

export const INSPECTOR = `
from flask import current_app as app
from flask import request, session

name = app.config["SESSION_COOKIE_NAME"]
raw = request.cookies.get(name)  # 1. sent
data = dict(session)  # 2. decoded

# Flask's default cookie is signed, not
# encrypted: anyone can read it, and one
# changed character breaks the signature.
s = app.session_interface \\
    .get_signing_serializer(app)
s.loads(raw)  # BadSignature: "not valid"
`;

export const STORES = `
import hashlib, json, os, secrets, tempfile
from flask.sessions import SessionInterface, SessionMixin

DIR = ".sessions"

class FileSession(dict, SessionMixin):
    def __init__(self, sid, data=()):
        super().__init__(data)
        self.sid = sid

def path_of(sid):
    name = hashlib.sha256(sid.encode()).hexdigest()
    return os.path.join(DIR, name + ".json")

class FileSessionInterface(SessionInterface):
    def open_session(self, app, request):  # ≈ load()
        sid = request.cookies.get(self.get_cookie_name(app))
        if sid and os.path.exists(path_of(sid)):
            with open(path_of(sid)) as f:
                return FileSession(sid, json.load(f))
        return FileSession(secrets.token_urlsafe(32))

    def save_session(self, app, session, response):  # ≈ save()
        fd, tmp = tempfile.mkstemp(dir=DIR)
        with os.fdopen(fd, "w") as f:
            json.dump(dict(session), f)
        os.replace(tmp, path_of(session.sid))  # readers see old or new, never half
        response.set_cookie(self.get_cookie_name(app), session.sid,
                            httponly=True, samesite="Lax")

app.session_interface = FileSessionInterface()
`;

export const CONFIGURATION = `
import os

app = Flask(__name__)
# KeyError at import: the app does not start.
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
`;

export const ACCOUNT = `
@app.post("/account/password")
@login_required
def change_password():
    if not current_user.check_password(request.form["current"]):
        flash("Wrong password")
        return redirect(url_for("account"))
    current_user.set_password(request.form["next"])
    if request.form.get("end_others"):
        # Flask-Session (server side): delete the user's other rows
        current_user.session_version += 1
    session["session_version"] = current_user.session_version
    app.session_interface.regenerate(session)
    db.session.commit()
    return redirect(url_for("account"))
`;

export const ADMIN_USERS = `
@app.post("/admin/users/<int:user_id>/<op>")
@role_required("admin")
def user_action(user_id, op):
    user = db.get_or_404(User, user_id)
    if user.id == current_user.id:
        abort(400)                      # not on yourself
    if op == "end-sessions":
        user.session_version += 1      # every session of theirs is stale
    db.session.commit()
    return redirect(url_for("admin_users"))
`;

export const ADMIN_LOG = `
@app.get("/admin/log")
@role_required("admin")
def security_log():
    query = SecurityEvent.query
    if username := request.args.get("user", "").strip().lower():
        query = query.filter_by(username=username)
    events = query.order_by(SecurityEvent.at.desc()).limit(200)
    return render_template("log.html", events=events)
`;
