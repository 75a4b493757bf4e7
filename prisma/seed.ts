// `prisma db seed` runs this file: the demo users and products, as every start-up seeds them
// (lib/tasks/seed.ts).
import { createPrismaClient } from "@/lib/db-client";
import { seed } from "@/lib/tasks/seed";

const db = createPrismaClient(process.env.DATABASE_URL || "file:./dev.db");
seed(db)
  .then((created) => console.log(`Seeded ${created} demo user(s).`))
  .finally(() => db.$disconnect());
