"use client";

import { useFormStatus } from "react-dom";

import { useCommonMessages } from "./common-messages";

const styles = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400",
  danger: "border border-rose-200 bg-white text-rose-700 hover:bg-rose-50 disabled:text-rose-300",
};

/** A submit button that says it is working while its form's action runs. */
export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  variant?: keyof typeof styles;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const { working } = useCommonMessages();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-10 items-center justify-center rounded-lg px-4 py-2 text-sm font-medium shadow-sm transition-colors disabled:cursor-wait ${styles[variant]}`}
    >
      {pending ? working : children}
    </button>
  );
}
