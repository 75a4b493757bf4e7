import type { CatalogueShape } from "../../format";
import type { site as english } from "../en/site";

// The site's frame: shared words, the lesson list, the home page, error pages.
export const site: CatalogueShape<typeof english> = {
  meta: { description: "サーバー側の Web セッションを、動く例で学ぶ。" },
  common: {
    siteName: "例で学ぶセッション",
    skipToContent: "本文へ移動",
    navLessons: "レッスン",
    storeLabel: "ストア:",
    storeTitle: "このサーバーが使っているセッションストア（SESSION_STORE）",
    notConfigured: "未設定",
    footer: "例で学ぶセッション：どのレッスンも実際に動くページです。Next.js、iron-session、Prisma で作られています。",
    lessonEyebrow: "レッスン",
    sessionNow: "いまのセッションの中身",
    sessionEmpty: "セッションは空です。",
    flaskSample: "Flask で書くと",
    sourceFiles: "このページのコード",
    seeInspector: "何が変わったかをインスペクターで見る",
    working: "処理中…",
    comingSoon: "準備中",
  },
  lessons: {
    hello: { title: "こんにちは、セッション", summary: "名前を入力し、次のページで表示して、ログアウトします。" },
    basics: { title: "セッションの基本", summary: "キーの設定・取得・pop・クリア、永続セッション、Cookie の属性。" },
    login: { title: "ログインとログアウト", summary: "ログインフォーム、保護されたプロフィールページ、セッションを終わらせるログアウト。" },
    roles: { title: "ロール", summary: "すべてのユーザー向けのページと、管理者だけのページ。" },
    account: { title: "アカウントのセキュリティ", summary: "ログイン中の場所：パスワードを入れ直してから、1 つのセッションやほかのすべてを終了します。パスワードの変更も。" },
    adminUsers: { title: "ユーザーとそのセッション", summary: "管理者がユーザーを無効化・昇格・ログアウトさせます。変更はそのユーザーの次のリクエストから有効です。" },
    securityLog: { title: "セキュリティログ", summary: "ログイン、失敗、タイムアウト、終了したセッション。セッション ID もパスワードも記録しません。" },
    shop: { title: "ショッピングカート", summary: "商品の追加・表示・削除・全削除、そして注文。" },
    orders: { title: "注文履歴", summary: "注文はセッションより長く残ります。ログイン時に保存したユーザー ID で探し、支払った価格で表示します。" },
    history: { title: "閲覧履歴", summary: "開いたページを、リクエストのたびにセッションへ記録します。" },
    preferences: { title: "設定", summary: "言語、テーマ、通知の設定をセッションに保存します。" },
    configuration: { title: "構成", summary: "おなじみの「secret key not set」エラーと、各設定の説明。" },
    stores: { title: "セッションストア", summary: "Cookie、データベース、Redis、ファイル、Memcached：それぞれ何をどこに置くか。" },
    inspector: { title: "セッションインスペクター", summary: "生の Cookie と、サーバーがそこから復元する内容。" },
    timeline: { title: "リクエストのタイムライン", summary: "1 つのリクエストが持ち込んだもの、セッション層がしたこと、ブラウザーに返したもの。" },
    workbook: { title: "ワークブック", summary: "自分で書く演習問題と、どこまでできたかを教えてくれるチェック。" },
  },
  home: {
    title: "例で学ぶセッション",
    intro:
      "HTTP はリクエストのたびにあなたのことを忘れます。セッションは、サーバーが覚えておくための仕組みです。サーバーはブラウザーに Cookie を渡し、以後のリクエストではその Cookie を手がかりに、名前やログイン状態、カートの中身など、あなたについて知っていることを取り出します。Cookie がデータそのものを運ぶ（読むことも書き換えることもできないよう封印して）か、ランダムな ID だけを運び、データはサーバー側のストアで待っているか、のどちらかです。",
    storeLine: "このサーバーはセッションを {store} に保存しています。変更するには {setting} を設定します。",
    lessonsHeading: "レッスン",
  },
  errors: {
    crossSitePost:
      "403 Forbidden：このフォームは別のサイト（Origin: {origin}）から送信されたため拒否しました。何も変更されていません。このサイトのフォームを使ってください。",
    notFoundTitle: "このページは存在しません",
    notFoundText: "アドレスが間違っているか、まだ作られていないレッスンです。",
    backToLessons: "レッスン一覧に戻る",
    errorEyebrow: "問題が発生しました",
    errorTitle: "サーバーがこのページを最後まで表示できませんでした",
    errorText: "セッションは変更されていません。もう一度お試しください。繰り返し起きる場合は、サーバーのログに詳細があります。",
    errorReference: "参照番号：{digest}",
    tryAgain: "再試行",
    home: "ホーム",
    configEyebrow: "構成エラー",
    configTitle: "設定を直すまでセッションは使えません",
    configHelp: "環境変数か .env.local に値を設定してから、サーバーを再起動してください。",
    unavailableEyebrow: "セッションストアに接続できません",
    unavailableTitle: "しばらくのあいだセッションが使えません",
    unavailableText:
      "セッションを保存しているサーバー（{store}）が応答しないため、このリクエストは実行せず、何も変更していません。サーバーが戻ればアプリは自動で再接続します。数秒後にもう一度お試しください。",
    sessionTooLarge:
      "このセッションには {size} バイトの Cookie が必要で、ブラウザーの上限 {limit} バイトを超えるため、何も保存しませんでした。セッションから何かを削除するか、セッションをサーバー側に保存してください（SESSION_STORE=database）。",
    sessionTooLargeStored:
      "このセッションはサーバー上で {size} バイトになり、上限の {limit} バイト（SESSION_MAX_BYTES）を超えるため、何も保存しませんでした。セッションから何かを削除してください。",
  },
};
