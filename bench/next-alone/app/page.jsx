import { connection } from "next/server";

// Rendered on every request, as every lesson page is.
export default async function OneLine() {
  await connection();
  return <p>One line.</p>;
}
