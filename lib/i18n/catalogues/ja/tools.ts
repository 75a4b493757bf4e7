import type { CatalogueShape } from "../../format";
import type { tools as english } from "../en/tools";

// The tools: visit history and the session inspector.
export const tools: CatalogueShape<typeof english> = {
  history: {
    title: "閲覧履歴",
    intro:
      "開いたページはすべて、ページが描画される前にセッションへ書き込まれます。Next.js のプロキシ（{proxy}。Next.js 16 より前は middleware と呼ばれていました）が各リクエストの前に動き、訪問を {key} の先頭に加えて直近の {limit} 件を残し、更新したセッションをページに渡します。ですから、このページの一覧にはすでにこのページ自身が載っています。",
    everyVisitor:
      "訪問を記録するにはセッションが必要なので、最初にページを見たときにセッションが作られました。ページを読むだけの訪問者も、いまはセッション Cookie を持っています。これがこのレッスンの要点です。リクエストのたびにセッションへ書き込むサーバーは、すべての訪問者にセッションを与えます。Flask で {hook} ハンドラーがセッションに書き込む場合と同じです。",
    visitsTitle: "直近 {limit} 件の訪問",
    empty: "まだ記録された訪問はありません。ほかのレッスンを開くか、このページを再読み込みすると、ここに表示されます。",
    kept: "新しい順です。{limit} 件中 {count} 件を保存しています。先読み（プリフェッチ）、画像、Next.js 自身のファイル、フォームの送信は訪問ではないので、一覧には載りません。",
    clear: "履歴を消去",
    cleared: 'session.pop("history")：履歴は空になりました。次に開いたページから、新しい履歴が始まります。',
    proxySample: "プロキシがしていること（簡略版）",
    whereTitle: "記録はどこで行われるか",
    stepRequest: "ブラウザがページを要求します。ページ全体の読み込みか、リンクをたどったときのクライアント側の遷移（{header} ヘッダー付きの GET）です。どちらも訪問です。",
    stepProxy:
      "ページのコードが動く前に、{proxy} は訪問でないもの（プリフェッチ、ファイル、{next}、{api}、フォームの送信）を除外し、有効なストアを通してセッションを読み込み、訪問を加えて保存します。データベースストアなら行を更新し、Cookie ストアなら新しい Cookie を封印します。",
    stepTwice:
      "新しい Cookie は 2 か所に設定します。渡していくリクエストに設定して、このページが新しい履歴を描画できるようにし、レスポンスにも設定して、ブラウザがそれを保存するようにします。前者を忘れると、ページに表示される履歴が 1 回ぶん遅れます。",
    exception:
      "例外がひとつあります。フォームのサーバーアクションがリダイレクトすると、Next.js はリダイレクト先のページをそのアクションの POST の中で描画し（自分自身にそのページを要求します）、ブラウザに届くのはアクションの Cookie だけです。そこで記録した訪問は Cookie ストアでは失われてしまうので、プロキシはどのストアでもその訪問を記録しません。そのページは、次のリクエスト（再読み込みやリンク）からここに表示されます。",
    neverStops: "Cookie が壊れていても、なくても、ページが止まることはありません。プロキシが訪問を記録できなければ、リクエストをそのまま通します。",
  },
  inspector: {
    title: "セッションインスペクター",
    eyebrow: "ツール",
    intro:
      "ひとつのセッションを、リクエストが出会う順に 3 つの見方で示します。{one} ブラウザが送った Cookie、{two} サーバーがそこから復元したセッション、{three} ストアがサーバー上に保存しているもの、です。最後のカードは、その 3 つを決める設定を示しています。",
    tryIt:
      "ほかのレッスンで何かを変えてから、ここに戻ってきてください。このページを開くことも訪問なので、下の履歴にはこのページ自身の訪問がもう入っています。両方のストア（{cookieStore} と {databaseStore}）で試して、Cookie を比べてみてください。",
    verdictLabel: "Cookie の判定",
    verdict: {
      validTitle: "ブラウザは有効なセッション Cookie を送ってきました。",
      validBody: "{store} ストアがそれを受け入れ、サーバーは下に示すセッションを復元しました。",
      absentTitle: "ブラウザはセッション Cookie を送ってきませんでした。",
      absentBody:
        "ですからセッションはありません。サーバーはこのリクエストを新しい訪問者のものとして扱います。セッションへの最初の書き込み（プロキシが記録する訪問や、フォーム）でセッションが作られます。",
      refusedTitle: "ブラウザが送ってきたセッション Cookie は有効ではありません。",
      refusedBody: "サーバーはそれを無視し、このリクエストを新しい訪問者のものとして扱います。理由：{reasons}。エラーにはならず、そこから読むデータもありません。拒否された Cookie は、単にセッションがないのと同じです。",
      replacedTitle: "ブラウザが送ってきたセッション Cookie は有効ではなかったので、新しいセッションを始めました。",
      replacedBody:
        "サーバーはそれを受け入れられませんでした。理由：{reasons}。この訪問を記録するため、プロキシは代わりに新しいセッションを始めました。下に見えているのはその新しいセッションで、ブラウザはいまその Cookie を持っています。古いセッションからは何も引き継いでいません。",
      reasonsServer: "書き換えられた（ID がどの行も指さなくなった）、セッションの期限が切れた、またはサーバー側で終了された（ログアウトや管理者による終了）",
      reasonsCookie: "書き換えられた（1 文字違うだけで封印は壊れます）、セッションの期限が切れた、または別の SESSION_SECRET で封印された",
    },
    cookieTitle: "1. ブラウザが送った Cookie",
    noCookie: "このリクエストには {name} Cookie がありませんでした。",
    cookieIntro: "リクエストの {header} ヘッダーで、{name} という名前で届いたそのままの内容です：",
    size: "サイズ（名前=値）",
    sizeValue: "{size} / {limit} バイト",
    dropsIt: "ブラウザが削除する時刻",
    dropsAt: "{time}（Max-Age {seconds} 秒）",
    browserCloses: "ブラウザを閉じたとき",
    sizeMeter: "Cookie のサイズ",
    sizeLimit: "ブラウザは {limit} バイトを超える Cookie を黙って捨ててしまいます。そのため、サーバーはそれほど大きな Cookie を書くことを拒否します。",
    decodedTitle: "2. サーバーが復元した内容",
    decodedNone: "何もありません。Cookie からはセッションが見つからなかったので、サーバーはこのリクエストを空のセッションを持つ新しい訪問者のものとして扱います。",
    created: "作成日時",
    expiresOnServer: "サーバー側の有効期限",
    permanent: "永続",
    permanentYes: "はい（Cookie に Max-Age があります）",
    permanentNo: "いいえ（ブラウザセッション Cookie）",
    expiryMoves: "保存するたびに有効期限が延びます。セッションが終わるのは、有効期間のあいだ一度も訪問がなかったときです。",
    storedTitle: "3. ストアがサーバー上に保存しているもの",
    storedInCookie:
      "サーバーには何も保存していません。{store} ストアでは Cookie がセッションのすべてです。データは Cookie の中に封印され（{secret} で暗号化と署名をしています）、サーバーはリクエストのたびにそれを復元します。サーバーはこうしたセッションの一覧を出すことも終わらせることもできず、ブラウザに Cookie の削除を頼めるだけです。",
    storedNoCookie: "Cookie がないので、探す行もありません。",
    storedNoRow: "この Cookie に対応する行はありません。サーバーはこの Cookie について何も持っていません。",
    storedIntro:
      "Cookie が運ぶのはランダムな ID だけです。サーバーはその SHA-256 ハッシュで保存された行を探します。そのため、テーブルを読めた人でも Cookie を作ることはできません。",
    storedLabels: { table: "テーブル", idHash: "idHash（Cookie の ID の SHA-256）" },
    settingsTitle: "有効なストアとその設定",
    ttlValue: { one: "{seconds}（{count} 日）", other: "{seconds}（{count} 日）" },
    secretValue: "設定済み、{length} 文字",
    secretNote: "秘密鍵そのものは決して表示しません。それを知っている人は、どんなセッションでも偽造できてしまいます。",
    seeHistory: "訪問はすべてプロキシが記録しています。{link}のレッスンを見てください。",
    historyLink: "閲覧履歴",
  },
};
