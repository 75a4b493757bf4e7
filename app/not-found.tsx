import Link from "next/link";

import { getMessages } from "@/lib/i18n";

export default async function NotFound() {
  const { errors } = await getMessages();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-indigo-700">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{errors.notFoundTitle}</h1>
      <p className="mt-3 text-slate-600">{errors.notFoundText}</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">
        {errors.backToLessons}
      </Link>
    </div>
  );
}
