import Link from "next/link";

import { format, formatDateTime, getLanguage, getMessages } from "@/lib/i18n";
import { formatCents } from "@/lib/shop/money";
import type { OrderView } from "@/lib/shop/orders";

/** One order: its number, date (in UTC, since the server renders it), lines at the prices paid, and total. */
export async function OrderDetails({ order, linkToOrder = false }: { order: OrderView; linkToOrder?: boolean }) {
  const [{ orders: text }, language] = await Promise.all([getMessages(), getLanguage()]);
  const money = (cents: number) => formatCents(cents, language);
  const title = format(text.order, { id: order.id });
  return (
    <article aria-label={title} data-testid="order" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="font-semibold text-slate-900">
          {linkToOrder ? (
            <Link href={`/orders/${order.id}`} className="text-indigo-700 underline underline-offset-2 hover:text-indigo-900">
              {title}
            </Link>
          ) : (
            title
          )}
        </h2>
        <p className="text-sm text-slate-500">
          <time dateTime={order.createdAt.toISOString()}>{formatDateTime(order.createdAt, language)}</time>
        </p>
      </div>
      <table className="mt-3 w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{text.product}</th>
            <th scope="col">{text.quantityAndPrice}</th>
            <th scope="col">{text.lineTotal}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {order.lines.map((line) => (
            <tr key={line.productId} data-testid="order-line">
              <td className="py-1.5 pr-2 text-slate-900">{line.name}</td>
              <td className="py-1.5 pr-2 text-right whitespace-nowrap text-slate-500 tabular-nums">
                {line.quantity} × {money(line.unitPriceCents)}
              </td>
              <td className="py-1.5 text-right font-medium whitespace-nowrap text-slate-900 tabular-nums">{money(line.lineTotalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-200">
            <th scope="row" colSpan={2} className="pt-2 text-left font-medium text-slate-700">
              {text.total}
            </th>
            <td className="pt-2 text-right font-semibold text-slate-900 tabular-nums" data-testid="order-total">
              {money(order.totalCents)}
            </td>
          </tr>
        </tfoot>
      </table>
    </article>
  );
}
