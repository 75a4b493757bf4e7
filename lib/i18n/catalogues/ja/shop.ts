import type { CatalogueShape } from "../../format";
import type { shop as english } from "../en/shop";

// The shopping-cart lesson: shop, cart, checkout, orders. Japanese has one form for every count
// (Intl.PluralRules always answers "other"), so "one" and "other" read the same.
export const shop: CatalogueShape<typeof english> = {
  shop: {
    eyebrow: "レッスン・ショッピングカート",
    title: "ショップ",
    intro:
      "ショッピングカートはセッションの定番の例です。誰もログインしていないうちから、訪問者についてページからページへと移動します。商品を追加すると、サーバーアクションがデータベースで商品、数量、在庫を確かめてから、カートをセッションに書き戻します。セッションのパネルを見ると、{key} には {example} のように商品 ID と数量しか入っていません。",
    introPrices:
      "価格はセッションには決して入れません。名前と価格はページに表示するたびにデータベースから読むので、価格の変更はすぐにすべてのカートに反映されますし、ブラウザーが送り返す内容で支払額が決まることもありません。",
    productsLabel: "商品",
    inStock: { one: "在庫 {count} 点", other: "在庫 {count} 点" },
    outOfStock: "在庫切れ",
    addToCart: "カートに追加",
  },
  cart: {
    title: "カート",
    intro:
      "このページの内容はすべて、2 つのものから計算しています。{key} にある ID と数量、そしていまデータベースにある名前と価格です。各行の小計とカートの合計は、サーバー上でセント単位の整数として掛け算と足し算をしています。",
    introChanges: "数量の変更や行の削除はサーバーアクションを実行し、新しいカートをセッションに書き込みます。カートを空にするときはキーを pop します。Flask の {code} と同じです。",
    withItems: "カート：{items}",
    withItemsAndTotal: "カート：{items}、{total}",
    items: { one: "{count} 点", other: "{count} 点" },
    viewCart: "カートを見る",
    quantity: "数量",
    linesLabel: "カートの中身",
    each: "単価 {price}",
    update: "更新",
    remove: "削除",
    total: "合計",
    clear: "カートを空にする",
    continueShopping: "買い物を続ける",
    checkOut: "注文手続きへ",
    empty: "カートは空です。",
    emptyHint: "{shop}で商品を追加してください。",
    emptyHintOrders: "{shop}で商品を追加するか、{orders}を確認してください。",
    goToShop: "ショップ",
    yourOrders: "注文履歴",
    missing: {
      one: "カートの中に販売終了した商品が 1 点あるため、表示から外しています（商品 ID {ids}）。カートが次に変わるとき、その商品は削除されます。",
      other: "カートの中に販売終了した商品が {count} 点あるため、表示から外しています（商品 ID {ids}）。カートが次に変わるとき、それらの商品は削除されます。",
    },
    cleared: "カートを空にしました。session[\"cart\"] はもうありません。",
    rules: {
      added: "{name} を {quantity} 点カートに追加しました。",
      updated: "カートの {name} は {quantity} 点になりました。",
      removed: "{name} をカートから削除しました。",
      removedMissing: "販売終了した商品を削除しました。",
      unknownProduct: "その商品は存在しません。ショップから削除された可能性があります。",
      notInCart: "その商品はカートに入っていません。",
      tooManyLines: "カートに入れられる商品は {max} 種類までです。ほかの商品を追加する前に、どれかを削除してください。",
      outOfStock: "申し訳ありません。「{name}」は在庫切れです。",
      onlyInStock: { one: "「{name}」の在庫は {count} 点しかありません。", other: "「{name}」の在庫は {count} 点しかありません。" },
      onlyInStockHeld: {
        one: "「{name}」の在庫は {count} 点しかなく、カートにはすでに {held} 点入っています。",
        other: "「{name}」の在庫は {count} 点しかなく、カートにはすでに {held} 点入っています。",
      },
      lineLimit: "1 つの商品はカートに {max} 点までです。「{name}」はすでに {held} 点入っています。",
      quantityMissing: "数量を入力してください。",
      quantityNotWhole: "数量は 1 や 2 のような整数で入力してください。",
      quantityTooSmall: "数量は 1 以上にしてください。",
      quantityTooLarge: "1 つの商品はカートに {max} 点までしか入りません。",
    },
  },
  checkout: {
    title: "注文手続き",
    intro:
      "注文にはログインが必要ですが、その途中でカートが失われてはいけません。ログインページはセッションに新しい ID を与えるときにセッションのデータを引き継ぐので、ログインしたあとも {key} はそのまま残っています。",
    introTransaction:
      "注文の確定は 1 つのデータベーストランザクションです。その瞬間の価格と在庫を読み、すべての行を確かめ、在庫を引き当てて、注文とその明細を書き込みます。すべて成功するか、何も起きないかのどちらかです。そのあとで初めて、カートをセッションから pop します。ボタンを 2 回押しても、2 回目は空のカートか、重複するはずだった注文を見つけるだけです。",
    summaryTitle: "注文内容",
    orderingAs: "{name} として注文します。",
    product: "商品",
    quantity: "数量",
    total: "合計",
    changeCart: "カートを変更する",
    youPay: "本日の価格でのお支払いは {total} です。",
    placeOrder: "注文を確定する",
    outOfDate: "このフォームは古くなっています。ページを再読み込みして、もう一度注文してください。",
    stale: "この注文内容が表示されたあとに、別の注文が確定されています。下の注文内容を確かめてから、この注文を確定してください。",
    soldOut: "「{name}」は売り切れました。注文は行われていません。カートを変更して、もう一度注文してください。",
    short: {
      one: "「{name}」の残りは {count} 点ですが、カートでは {wanted} 点になっています。注文は行われていません。カートを変更して、もう一度注文してください。",
      other: "「{name}」の残りは {count} 点ですが、カートでは {wanted} 点になっています。注文は行われていません。カートを変更して、もう一度注文してください。",
    },
  },
  orders: {
    title: "注文履歴",
    intro:
      "カートはセッションにありましたが、注文はデータベースに保存します。どのセッションよりも長く残らなければならないからです。このページは、URL の中身ではなく、ログイン時にセッションに入れたユーザー ID で注文を探し、各行を支払ったときの価格（注文に記録されています）で表示します。",
    none: "まだ注文はありません。{shop}で買い物ができます。",
    orderPageTitle: "ご注文",
    order: "注文番号 {id}",
    orderIntro:
      "この注文は 1 つのトランザクションで、その時点の価格を明細に記録して書き込まれました。元になったカートは、セッションのパネルでわかるとおり、セッションから消えています。",
    placed: "ありがとうございます！注文番号 {id} を承りました。",
    allOrders: "すべての注文",
    backToShop: "ショップに戻る",
    product: "商品",
    quantityAndPrice: "数量と価格",
    lineTotal: "小計",
    total: "合計",
  },
};
