import Link from "next/link";

type LinkProps = React.ComponentProps<typeof Link>;

/** A link inside text: underlined, in the accent colour. */
export function TextLink({ className = "", ...props }: LinkProps) {
  return <Link {...props} className={`font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 ${className}`} />;
}

const buttonLooks = {
  primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
};

/** A link that leads somewhere but looks like the button beside it (SubmitButton's sizes). */
export function ButtonLink({ variant = "primary", className = "", ...props }: LinkProps & { variant?: keyof typeof buttonLooks }) {
  return <Link {...props} className={`inline-flex min-h-10 items-center justify-center rounded-lg px-4 py-2 text-sm font-medium ${buttonLooks[variant]} ${className}`} />;
}
