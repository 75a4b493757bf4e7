// Seeds the demo users and products. Safe to run on every start: what exists is left as it is,
// so stock sold at checkout is not put back by a restart.
import { hashPassword } from "@/lib/auth/password";
import { DEMO_USERS } from "@/lib/auth/demo-users";
import type { PrismaClient } from "@/lib/db-client";
import { DEMO_PRODUCTS } from "@/lib/shop/demo-products";

export async function seed(db: PrismaClient): Promise<number> {
  let created = 0;
  for (const user of DEMO_USERS) {
    const exists = await db.user.findUnique({ where: { username: user.username }, select: { id: true } });
    if (exists) continue;
    await db.user.create({
      data: {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        passwordHash: await hashPassword(user.password),
      },
    });
    created += 1;
  }
  for (const product of DEMO_PRODUCTS) {
    // Read first: a start-up beside a running app on the same SQLite file then writes nothing.
    if (!(await db.product.findUnique({ where: { slug: product.slug }, select: { id: true } }))) await db.product.create({ data: product });
  }
  return created;
}
