// The code the two orders pages show beside them.
export const ORDERS_FLASK = `
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

export const ORDERS_FILES = ["app/(lessons)/orders/page.tsx", "app/(lessons)/orders/[id]/page.tsx", "lib/shop/orders.ts", "lib/auth/current-user.ts"];
