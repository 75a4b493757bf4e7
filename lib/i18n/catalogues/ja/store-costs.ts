import type { CatalogueShape } from "../../format";
import type { storeCosts as english } from "../en/store-costs";

export const storeCosts: CatalogueShape<typeof english> = {
  storeCost: {
    title: "このストアのコスト",
    notMeasured: "まだ計測されていません。{command} を実行してください。",
    notThisStore: "前回の {command} ではこのストア（{store}）を計測していません。ストアのサーバーを起動して実行してください。",
    measured: "{cores} コアのマシンで {time} に {command} が計測：同じ負荷で、セッションありとなしのプローブ用ルートを比較。",
    read: "セッションの読み込み",
    write: "1 回の保存",
    layer: "セッション層のみ",
    perRequest: "1 リクエストあたり {us} µs（毎秒リクエスト数の {ratio} 倍）",
    withinNoise: "誤差の範囲内（毎秒リクエスト数の {ratio} 倍）",
    waitingFloor: "このストアの読み込みはサーバーの応答を待ちます。Next.js は一度待つリクエストを待たないリクエストより少ない CPU で返すため、読み込みのコストは素のルートではなく、同じく一度待つルートとの差で数えています。",
    perCall: "1 回あたり 読み込み {load} µs、保存 {save} µs",
  },
};
