/** A data table's header row: small grey column names; `corner` leaves a first empty cell above the row names. */
export function ColumnHeaders({ labels, corner = false, className = "" }: { labels: React.ReactNode[]; corner?: boolean; className?: string }) {
  return (
    <thead className={`text-xs text-slate-500 ${className}`}>
      <tr>
        {corner && <td />}
        {labels.map((label, index) => (
          <th key={index} scope="col" className="py-1.5 pr-3 font-medium">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
