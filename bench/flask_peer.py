# The bench's Flask peer: the minimal app of the Japanese article on Flask session management that
# the /hello lesson teaches (a name form, the name kept in Flask's signed cookie session, shown on
# /output), written here from the tutorial's description so that `npm run bench` can time the Flask
# page beside ours on the same core. bench/flask-peer.ts runs it under gunicorn with one sync worker.
from flask import Flask, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "bench-only-flask-secret"

LOGIN_PAGE = """<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><title>セッション確認</title></head>
<body>
<h1>ログインしてください。</h1>
<form action="{{ url_for('login') }}" method="post">
  <label>名前: <input type="text" name="name" size="40"></label>
  <input type="submit" value="ログイン">
</form>
</body>
</html>"""

OUTPUT_PAGE = """<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><title>セッション確認</title></head>
<body>
<h1>セッション情報:「{{ name }}」</h1>
<a href="{{ url_for('logout') }}">ログアウト</a>
</body>
</html>"""


@app.route("/")
def index():
    return render_template_string(LOGIN_PAGE)


@app.route("/login", methods=["POST"])
def login():
    name = request.form.get("name", "")
    if not name:
        return redirect(url_for("index"))
    session["name"] = name
    return redirect(url_for("output"))


@app.route("/output")
def output():
    return render_template_string(OUTPUT_PAGE, name=session.get("name"))


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("index"))
