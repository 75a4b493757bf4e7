
import { ButtonLink } from "@/app/ui/links";
import { getMessages } from "@/lib/i18n";

export default async function NotFound() {
  const { errors } = await getMessages();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-indigo-700">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{errors.notFoundTitle}</h1>
      <p className="mt-3 text-slate-600">{errors.notFoundText}</p>
      <ButtonLink href="/" className="mt-6">
        {errors.backToLessons}
      </ButtonLink>
    </div>
  );
}
