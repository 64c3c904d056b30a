<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/desktop.cpp" line="+77"/>
        <source>Restore unsaved work?</source>
        <translation>未保存の作業を復元しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath closed without saving your last changes. Restore them now?</source>
        <translation>CreditPathは最後の変更を保存せずに終了しました。今すぐ復元しますか？</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../ui/format/display_text.cpp" line="+80"/>
        <source>%1 %2 at month %3</source>
        <translation>%1 %2（%3か月目）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Stack: Portfolio + Build + Bedrock POC</source>
        <translation>スタック：Portfolio + Build + Bedrock POC</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Portfolio + Build</source>
        <translation>Portfolio + Build</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>Portfolio only</source>
        <translation>Portfolioのみ</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Generative AI Accelerator</source>
        <translation>Generative AI Accelerator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration Acceleration (MAP)</source>
        <translation>Migration Acceleration (MAP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution Provider (SPP)</source>
        <translation>Solution Provider (SPP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise Discount (EDP)</source>
        <translation>Enterprise Discount (EDP)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stack</source>
        <translation>スタック</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/format/display_names.cpp" line="+122"/>
        <source>GenAI Accelerator</source>
        <translation>GenAI Accelerator</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/format/display_names.cpp" line="+2"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPP</source>
        <translation>SPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EDP</source>
        <translation>EDP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor fit</source>
        <translation>適合度低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocker</source>
        <translation>阻害要因</translation>
    </message>
    <message>
        <location filename="../ui/format/display_names.cpp" line="-107"/>
        <source>Compute</source>
        <translation>コンピューティング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage &amp; CDN</source>
        <translation>ストレージ &amp; CDN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observability</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock</source>
        <translation>Bedrock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock supporting services</source>
        <translation>Bedrock関連サービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build project</source>
        <translation>Buildプロジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upfront commitments (RI/SP)</source>
        <translation>前払いコミットメント（RI/SP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise support</source>
        <translation>エンタープライズサポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Pre-seed</source>
        <translation>プレシード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series A</source>
        <translation>シリーズA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series B</source>
        <translation>シリーズB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series C+</source>
        <translation>シリーズC以降</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bootstrapped</source>
        <translation>自己資金</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No AI</source>
        <translation>AIなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses AI features</source>
        <translation>AI機能を利用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI-first product</source>
        <translation>AIが中核の製品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No migration</source>
        <translation>移行なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobilize</source>
        <translation>Mobilize</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits within the deadline</source>
        <translation>期限内のクレジット確保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest expected value</source>
        <translation>期待値が最大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Least founder time</source>
        <translation>創業者の工数が最少</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock POC</source>
        <translation>Bedrock POC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All layers</source>
        <translation>全レイヤー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company info</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>AWSアカウントID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch deck</source>
        <translation>ピッチデック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraphs (Portfolio, Build)</source>
        <translation>ユースケースの説明文（Portfolio、Build）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraph (Bedrock POC)</source>
        <translation>ユースケースの説明文（Bedrock POC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation methodology</source>
        <translation>評価方法</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit the inquiry</source>
        <translation>問い合わせを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routed to a partner</source>
        <translation>パートナーに割り当て</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery call</source>
        <translation>ヒアリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder provides materials</source>
        <translation>創業者が資料を提出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner files the ACE records</source>
        <translation>パートナーがACEレコードを登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio review</source>
        <translation>Portfolioの審査</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build review</source>
        <translation>Buildの審査</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC review</source>
        <translation>Bedrock POCの審査</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit balances land</source>
        <translation>クレジット残高の付与</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort application</source>
        <translation>コホートへの応募</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort selection</source>
        <translation>コホートの選考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits available</source>
        <translation>クレジット利用開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess phase</source>
        <translation>Assessフェーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobilize phase</source>
        <translation>Mobilizeフェーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate phase</source>
        <translation>Migrateフェーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller contract</source>
        <translation>リセラー契約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount active</source>
        <translation>割引の適用開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise sales cycle</source>
        <translation>エンタープライズ営業サイクル</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../ui/forms/typed_input.cpp" line="+50"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, row %2: %3</source>
        <translation>%1、%2行目：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/input/input_messages.cpp" line="+15"/>
        <source>must be a non-negative amount, got {got}</source>
        <translation>0以上の金額を入力してください（入力値：{got}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an amount, got {got}</source>
        <translation>金額を入力してください（入力値：{got}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most 1000000000000.00 (one trillion), got {got}</source>
        <translation>1000000000000.00（1兆）以下にしてください（入力値：{got}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a percentage from {min} to {max}, got {got}</source>
        <translation>{min}～{max}のパーセンテージを入力してください（入力値：{got}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from {min} to {max}, got {got}</source>
        <translation>{min}～{max}の整数を入力してください（入力値：{got}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 12 digits, as the AWS console shows them (1234-5678-9012)</source>
        <translation>AWSコンソールの表示どおり12桁で入力してください（1234-5678-9012）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a variant needs a name that is not empty</source>
        <translation>バリアントには空でない名前が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already the name of another variant</source>
        <translation>{name} は既に別のバリアントの名前です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a variant&apos;s patch cannot hold variants of its own</source>
        <translation>バリアントのパッチに独自のバリアントを含めることはできません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} is not an amount; type one such as {example}</source>
        <translation>{got}は金額ではありません。{example}のように入力してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got} is not a percentage; type one such as {example}</source>
        <translation>{got}はパーセンテージではありません。{example}のように入力してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got}: digit groups are separated only between groups of three digits, as in {example}</source>
        <translation>{got}：桁区切りは{example}のように3桁ごとにのみ入れてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} can be read more than one way; did you mean {suggestion}? Type it that way to use it</source>
        <translation>{got}は複数の意味に解釈できます。{suggestion}のことですか？その場合はそのとおりに入力してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than two decimal places; amounts are kept to the cent</source>
        <translation>{got}は小数点以下が2桁を超えています。金額はセント単位で管理されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than four decimal places</source>
        <translation>{got}は小数点以下が4桁を超えています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{got} is not in US dollars; AWS credits and spend are entered in USD</source>
        <translation>{got}は米ドルではありません。AWSクレジットと支出はUSDで入力します</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../ui/report/pdf_exporter.cpp" line="+80"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CreditPath report · %1 · amounts in USD · rulebook %2</source>
        <translation>CreditPathレポート · %1 · 金額はUSD · ルールブック %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the PDF report to %1: %2</source>
        <translation>PDFレポートを%1に書き込めません：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF could not be drawn</source>
        <translation>PDFを描画できませんでした</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../core/evaluation/messages.cpp" line="+20"/>
        <source>Activate Portfolio funds general infrastructure up to {ceiling}.</source>
        <translation>Activate Portfolioは、一般的なインフラ費用を最大{ceiling}まで支援します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No institutional vouch: neither a VC in Activate Portfolio nor a partner attestation. Portfolio cannot be approved.</source>
        <translation>機関による推薦がありません（Activate Portfolio参加VCもパートナーによる証明もなし）。Portfolioは承認されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No VC in Activate Portfolio; the partner attestation substitutes as the vouch.</source>
        <translation>Activate Portfolio参加VCはありませんが、パートナーによる証明が推薦の代わりになります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month over the first {months} months, above the {limit}/month that is plausible at {stage}: expect rejection or a downgrade.</source>
        <translation>最初の{months}か月の予測支出は月平均{average}で、{stage}で妥当とされる月{limit}を上回っています。却下または減額が予想されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projected spend averages {average}/month, below Portfolio&apos;s typical {low}-{high}/month band: {ceiling} would last about {months_covered} months.</source>
        <translation>予測支出は月平均{average}で、Portfolioの標準的な範囲（月{low}～{high}）を下回っています。{ceiling}で約{months_covered}か月分をまかなえます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month, above Portfolio&apos;s typical {low}-{high}/month band.</source>
        <translation>予測支出は月平均{average}で、Portfolioの標準的な範囲（月{low}～{high}）を上回っています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use case reads like a competitor to AWS&apos;s own products (&quot;{phrase}&quot;): a rejection or downgrade risk.</source>
        <translation>Portfolioのユースケースが、AWS自社製品の競合のように読めます（「{phrase}」）。却下または減額のリスクがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use-case paragraph is empty; the partner needs it to file.</source>
        <translation>Portfolioのユースケース説明文が空です。パートナーの申請に必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build for Startups adds up to {ceiling} for a discrete project distinct from Portfolio.</source>
        <translation>Build for Startupsは、Portfolioとは別の独立したプロジェクトに最大{ceiling}を追加します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Build for Startups project is planned; the stack needs a genuinely distinct second workload.</source>
        <translation>Build for Startupsのプロジェクトが計画されていません。スタックには、明確に別個の2つ目のワークロードが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build for Startups use-case paragraph is empty.</source>
        <translation>Build for Startupsのユースケース説明文が空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build projects typically project {low}-{high}/month; this one projects {amount}/month.</source>
        <translation>Buildプロジェクトの予測額は通常月{low}～{high}ですが、このプロジェクトは月{amount}です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build implementation windows run {min}-{max} months; this one runs {months} months.</source>
        <translation>Buildの実施期間は通常{min}～{max}か月ですが、このプロジェクトは{months}か月です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build use case is framed as &quot;{phrase}&quot;, which Build does not fund.</source>
        <translation>Buildのユースケースが「{phrase}」と記述されていますが、これはBuildの支援対象外です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; the use cases read alike). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>PortfolioとBuildが同一ワークロードを二重に記述しているように見えます（スコア{score}、ユースケースの記述が似ています）。審査ではPortfolioが承認され、Buildは通知なくゼロにされます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; shared services: {services}). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>PortfolioとBuildが同一ワークロードを二重に記述しているように見えます（スコア{score}、共通サービス：{services}）。審査ではPortfolioが承認され、Buildは通知なくゼロにされます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If there is no real second workload, file Portfolio only.</source>
        <translation>実質的な2つ目のワークロードがない場合は、Portfolioのみを申請してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC is planned; the stack&apos;s third layer needs a defined AI use case with an evaluation plan.</source>
        <translation>Bedrock POCが計画されていません。スタックの第3レイヤーには、評価計画を伴う明確なAIユースケースが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}; {large} needs the conditions below.</source>
        <translation>Bedrock POCは{amount}です。{large}にするには、以下の条件が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: projected Bedrock spend of {minimum}/month or more (now {bedrock}/month).</source>
        <translation>{large}の条件：Bedrockの予測支出が月{minimum}以上（現在は月{bedrock}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: a customer Letter of Intent.</source>
        <translation>{large}の条件：顧客の意向表明書（Letter of Intent）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {large}: a commitment to scale Bedrock after the POC.</source>
        <translation>{large}の条件：POC後にBedrockを拡大するというコミットメント。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}: projected Bedrock spend of {bedrock}/month, a customer LOI and a commitment to scale.</source>
        <translation>Bedrock POCは{amount}：Bedrockの予測支出（月{bedrock}）、顧客のLOI、スケール拡大の確約があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bedrock POC credits pay only Bedrock and its supporting services.</source>
        <translation>Bedrock POCのクレジットは、Bedrockとその関連サービスにのみ使用できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its use-case paragraph.</source>
        <translation>POC計画にユースケースの説明文がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not name the chosen model.</source>
        <translation>POC計画に、選択したモデルが記載されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not say why that model was chosen.</source>
        <translation>POC計画に、モデルの選定理由が記載されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan is missing its evaluation methodology (N examples per week against a held-out set).</source>
        <translation>POC計画に評価方法（ホールドアウトセットに対する週N件の評価）がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The POC plan does not say how many examples are evaluated per week.</source>
        <translation>POC計画に、週あたりの評価件数が記載されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its projected inference budget.</source>
        <translation>POC計画に推論の予算見込みがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC inference budgets run {low}-{high}/month at POC scale; this plan projects {amount}/month.</source>
        <translation>POC規模の推論予算は通常月{low}～{high}ですが、この計画では月{amount}です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POC windows run {expected} days; this plan runs {days} days.</source>
        <translation>POC期間は通常{expected}日ですが、この計画では{days}日です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC is not expected to complete, so its credits expire at month {month} instead of {general}.</source>
        <translation>POCの完了が見込まれないため、そのクレジットは{general}か月目ではなく{month}か月目に失効します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} of credits would expire unused ({pools}).</source>
        <translation>{amount}のクレジットが未使用のまま失効します（{pools}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio and Build describe distinct workloads (overlap score {score}).</source>
        <translation>PortfolioとBuildは別個のワークロードを記述しています（重複スコア{score}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, after the {needed} days you have.</source>
        <translation>クレジットの付与は{min}～{max}日目で、期限の{needed}日を過ぎます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}; the latest would miss your {needed}-day deadline.</source>
        <translation>クレジットの付与は{min}～{max}日目です。最も遅い場合、{needed}日の期限に間に合いません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, within your {needed} days.</source>
        <translation>クレジットの付与は{min}～{max}日目で、期限の{needed}日以内です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount starts on day {min}-{max}, once the contract is in place.</source>
        <translation>割引は契約締結後、{min}～{max}日目に開始されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value uses {odds} odds of approval.</source>
        <translation>期待値は承認確率{odds}で計算しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competitive cohort: median award {low}-{high}, top awards {top}; about {odds} of typical applicants are accepted.</source>
        <translation>競争率の高いコホートです。付与額の中央値は{low}～{high}、最高額は{top}で、一般的な応募者の採択率は約{odds}です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Accelerator is for AI-first products; AI is a feature here.</source>
        <translation>AcceleratorはAIが中核の製品向けですが、この製品ではAIは機能の一部です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for AI-first products; this company has no AI product.</source>
        <translation>AcceleratorはAIが中核の製品向けですが、この会社にはAI製品がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for companies before Series B; this one is at {stage}.</source>
        <translation>AcceleratorはシリーズBより前の企業向けですが、この会社は{stage}です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits are needed within {needed} days; the Accelerator is a poor fit under {limit} days.</source>
        <translation>クレジットが{needed}日以内に必要です。{limit}日未満では、Acceleratorの適合度は低くなります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Bedrock spend or POC: the Accelerator expects Bedrock as the inference backbone.</source>
        <translation>Bedrockの支出もPOCもありません。Acceleratorは、Bedrockを推論基盤とすることを前提としています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bootstrapped without revenue traction: a weak Accelerator application.</source>
        <translation>自己資金で売上の実績がないため、Acceleratorへの応募としては弱いです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No migration to AWS is planned; MAP funds migrations, not greenfield builds.</source>
        <translation>AWSへの移行は計画されていません。MAPは移行を支援するもので、新規構築は対象外です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAP pays {mobilize} of the {cost} migration cost at Mobilize and {migrate} at Migrate.</source>
        <translation>MAPは移行費用{cost}のうち、Mobilizeで{mobilize}、Migrateで{migrate}を負担します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MAP pays {mobilize} at Mobilize and {migrate} at Migrate of {months} months of tagged post-migration spend ({spend}/month): {base}.</source>
        <translation>MAP は、タグ付けされた移行後の支出 {months} か月分（{spend}/月）：{base} に対し、Mobilize で {mobilize}、Migrate で {migrate} を支払います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan stops at Assess; MAP credits start at Mobilize.</source>
        <translation>計画はAssessで止まっています。MAPクレジットはMobilizeから付与されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-migration AWS spend of {amount}/month is below the {min}/month MAP expects.</source>
        <translation>移行後のAWS支出（月{amount}）が、MAPの想定する月{min}を下回っています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {amount} migration is too small for partner-led MAP work (from {min}).</source>
        <translation>{amount}の移行は、パートナー主導のMAPには小規模すぎます（下限{min}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner-resold billing saves {low}-{high} of the bill: {saving} over {months} months at {typical}.</source>
        <translation>パートナー経由の請求で、請求額の{low}～{high}を節約できます：{typical}の場合、{months}か月で{saving}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-revenue companies are a poor fit for the Solution Provider Program.</source>
        <translation>売上のない企業は、Solution Provider Programへの適合度が低くなります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Solution Provider Program suits profitable companies; this one is not profitable.</source>
        <translation>Solution Provider Programは黒字企業向けですが、この会社は黒字ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ARR of {arr} is below the {min} the Solution Provider Program suits.</source>
        <translation>ARR {arr}は、Solution Provider Programに適した{min}を下回っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An annual AWS bill of {annual} is too small for the saving to matter (from {min}).</source>
        <translation>年間のAWS請求額{annual}では、節約の効果が小さすぎます（下限{min}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A committed-spend discount of {low}-{high} on {annual} a year saves {saving} over {months} months at {typical}.</source>
        <translation>年間{annual}に対する{low}～{high}の利用確約割引により、{typical}の場合、{months}か月で{saving}を節約できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EDP starts at {min} a year of AWS spend; this projection is {annual}.</source>
        <translation>EDPの対象はAWS年間支出{min}以上ですが、この予測は{annual}です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File the stack now and apply to the Accelerator in a later cohort: different program families.</source>
        <translation>今はスタックを申請し、Acceleratorには後のコホートで応募してください。プログラムの系統が異なります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stack and MAP combine: Build can fund the migration project while MAP funds the migration itself.</source>
        <translation>スタックとMAPは併用できます。Buildで移行プロジェクトを、MAPで移行そのものを支援できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits and a bill discount combine: the discount applies to what credits do not pay.</source>
        <translation>クレジットと請求割引は併用できます。割引は、クレジットで支払われない分に適用されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternatives, not a combination: both file the same Activate Portfolio application.</source>
        <translation>併用ではなく二者択一です。どちらも同じActivate Portfolio申請を行います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: SPP bills through a partner while EDP is a direct commitment with AWS; choose one.</source>
        <translation>併用不可：SPPはパートナー経由の請求、EDPはAWSとの直接契約です。いずれかを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} of credits would expire unused ({pools}). Their expiry at month {month} is a product estimate ({rule}): no published rule states it.</source>
        <translation>{amount}のクレジットが未使用のまま失効します（{pools}）。{month}か月目の失効はCreditPathによる推定です（{rule}）。公開された規定はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build spend is entered twice and the figures disagree: {declared}/month on the Build application, {projected}/month from the Build project lines on the Spend tab (average of months 1-{months}). Reviewers compare them; make them agree within {tolerance}.</source>
        <translation>Buildの支出が2か所に入力されており、金額が一致しません：Build申請では月{declared}、「支出」タブのBuildプロジェクト行では月{projected}（1～{months}か月目の平均）。審査で照合されるため、差を{tolerance}以内にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Build application states {declared}/month, but the Spend tab has no Build project line, so the burn-down does not count that spend.</source>
        <translation>Build申請には月{declared}と記載されていますが、「支出」タブにBuildプロジェクト行がないため、消化推移にはこの支出が含まれません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied for: Build for Startups, up to {amount} more for a distinct project.</source>
        <translation>未申請：Build for Startups（独立したプロジェクトに最大{amount}を追加）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not applied for: a Bedrock POC, {amount} more ({large} with a larger scope, a customer LOI and a commitment to scale).</source>
        <translation>未申請：Bedrock POC（{amount}を追加。規模拡大、顧客のLOI、スケール拡大の確約があれば{large}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest expected usable value ({value}) among paths that fit and land within {needed} days.</source>
        <translation>適合し、かつ{needed}日以内に付与されるルートの中で、利用可能額の期待値が最大（{value}）です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest expected usable value ({value}) among paths that fit.</source>
        <translation>適合するルートの中で、利用可能額の期待値が最大（{value}）です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least founder time ({minutes} min) among paths that fit; expected usable value {value}.</source>
        <translation>適合するルートの中で、創業者の工数が最少（{minutes}分）です。利用可能額の期待値は{value}です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: no path fits and lands within {needed} days. What keeps each path out is listed with it.</source>
        <translation>推奨なし：適合し、かつ{needed}日以内に付与されるルートがありません。除外理由は各ルートに記載しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is recommended: no path fits this scenario. What keeps each path out is listed with it.</source>
        <translation>推奨なし：このシナリオに適合するルートがありません。除外理由は各ルートに記載しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your projected monthly AWS spend (Spend tab) first: usable value, forfeiture and the recommendation all depend on it.</source>
        <translation>まず月間のAWS予測支出を入力してください（「支出」タブ）。利用可能額、失効、推奨はすべてこの値に基づきます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face value {low} – {typical} – {high}: low {low_terms}; typical {typical_terms}; high {high_terms}.</source>
        <translation>額面{low} – {typical} – {high}：下限 {low_terms}、標準 {typical_terms}、上限 {high_terms}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face value {typical} = {typical_terms}.</source>
        <translation>額面{typical} = {typical_terms}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credits: this scenario applies for no pool on this path.</source>
        <translation>クレジットなし：このシナリオでは、このルートのクレジット枠を申請していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} of {base} discountable spend over {months} months (Marketplace excluded).</source>
        <translation>節約額{low} – {typical} – {high} = {months}か月間の割引対象支出{base}の{low_rate} / {typical_rate} / {high_rate}（Marketplaceを除く）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No saving: the projected {annual} a year is below the {min} a year this program starts at.</source>
        <translation>節約なし：予測の年間{annual}は、このプログラムの下限である年間{min}を下回っています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = the whole award: the projected bill absorbs every pool before it expires. Low {low}, high {high}.</source>
        <translation>利用可能額{typical} = 付与額の全額：予測請求額により、すべてのクレジット枠が失効前に消化されます。下限{low}、上限{high}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = award {award} − {forfeited} expiring unused ({pools}). Low {low}, high {high}.</source>
        <translation>利用可能額{typical} = 付与額{award} − 未使用のまま失効する{forfeited}（{pools}）。下限{low}、上限{high}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is usable yet: no spend is entered, so no bill absorbs the credits.</source>
        <translation>利用可能額はまだありません：支出が未入力のため、クレジットを消化する請求がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to use: no pool is applied for.</source>
        <translation>利用対象なし：クレジット枠を申請していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable {typical} = the saving itself: a discount needs no pool to absorb it.</source>
        <translation>利用可能額{typical} = 節約額そのもの：割引はクレジット枠として消化する必要がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}) × {odds} approval.</source>
        <translation>期待値{expected} = 利用可能額{usable}（{terms}）× 承認確率{odds}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}; overlap zeroes Build) × {odds} approval.</source>
        <translation>期待値{expected} = 利用可能額{usable}（{terms}、重複によりBuildはゼロ）× 承認確率{odds}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected}: the path is not eligible ({rule}), so approval pays nothing.</source>
        <translation>期待値{expected}：このルートは対象外（{rule}）のため、承認されても価値はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected} = saving {usable} × {odds} odds that the contract is signed.</source>
        <translation>期待値{expected} = 節約額{usable} × 契約締結の確率{odds}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money lands on day {min}–{max} after the inquiry.</source>
        <translation>資金は問い合わせから{min}～{max}日目に届きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discount starts on day {min}–{max}, once the contract is in place.</source>
        <translation>割引は契約締結後、{min}～{max}日目に開始されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min of founder time.</source>
        <translation>創業者の工数{minutes}分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min of founder time = {terms} min.</source>
        <translation>創業者の工数{minutes}分 = {terms}分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits pay every eligible charge of all {months} months.</source>
        <translation>クレジットで、全{months}か月の対象料金をすべて支払えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits pay every eligible charge of months 1–{month}; month {next} is the first with money out of pocket ({short}).</source>
        <translation>クレジットで、1～{month}か月目の対象料金をすべて支払えます。{next}か月目に初めて自己負担が発生します（{short}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month 1 is already short: credits leave {short} of it out of pocket.</source>
        <translation>1か月目から不足します：{short}が自己負担になります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of pocket {total} = charges {charges} − paid by credits {applied} over {months} months (Marketplace, upfront fees and Enterprise support are never covered).</source>
        <translation>自己負担{total} = {months}か月間の料金{charges} − クレジットによる支払額{applied}（Marketplace、前払い料金、エンタープライズサポートは常に対象外）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing expires unused within the {months}-month horizon.</source>
        <translation>{months}か月の試算期間内に、未使用のまま失効するクレジットはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} expires unused within the {months}-month horizon: {pools}.</source>
        <translation>{months}か月の試算期間内に、{total}が未使用のまま失効します：{pools}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No spend entered yet: nothing to burn down.</source>
        <translation>支出が未入力です：消化する対象がありません。</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../ui/report/report_builder.cpp" line="+81"/>
        <source>day %1</source>
        <translation>%1日目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days %1–%2</source>
        <translation>%1～%2日目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[redacted]</source>
        <translation>[非表示]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no company name)</source>
        <translation>（会社名なし）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AWS credit path comparison</source>
        <translation>AWSクレジット獲得ルートの比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_burn_down.cpp" line="+140"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rulebook edition</source>
        <translation>ルールブックの版</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Rulebook overrides</source>
        <translation>ルールブックの上書き</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>none: the shipped figures apply</source>
        <translation>なし：同梱の数値を適用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no edition</source>
        <translation>版なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these files change the shipped figures:</source>
        <translation>次のファイルが同梱の数値を変更しています：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application timelines start</source>
        <translation>申請スケジュールの開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+82"/>
        <source>Horizon</source>
        <translation>試算期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/report/report_reasons.cpp" line="+0"/>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Figures come from the CreditPath rulebook; every verdict names the rules behind it, and the rules&apos; sources are listed in this report. Awards are decided by AWS; this report estimates, it does not promise.</source>
        <translation>数値はCreditPathのルールブックに基づきます。各判定には根拠となるルールを示し、ルールの出典を本レポートに記載しています。付与額はAWSが決定します。本レポートは見積もりであり、保証するものではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+1"/>
        <source>Objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended: %1</source>
        <translation>推奨：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1 (rule %2)</source>
        <translation>理由：%1（ルール%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected value</source>
        <translation>期待値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable value × approval odds (PD-2)</source>
        <translation>利用可能額 × 承認確率（PD-2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value</source>
        <translation>利用可能額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the projected bill absorbs before expiry</source>
        <translation>失効前に予測請求額で消化される額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face value</source>
        <translation>額面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low – typical – high</source>
        <translation>下限 – 標準 – 上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>承認確率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money arrives</source>
        <translation>資金の到着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>創業者の工数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits cover the bill</source>
        <translation>クレジットで請求をカバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through month %1</source>
        <translation>%1か月目まで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1 months projected</source>
        <translation>予測期間%1か月中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_burn_down.cpp" line="-64"/>
        <source>Total out of pocket</source>
        <translation>自己負担の合計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 months</source>
        <translation>%1か月間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited credits</source>
        <translation>失効クレジット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing expires unused</source>
        <translation>未使用の失効なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires unused (BD-3)</source>
        <translation>未使用のまま失効（BD-3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline figures of %1:</source>
        <translation>%1の主要指標：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline figure</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (USD)</source>
        <translation>金額（USD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The other paths</source>
        <translation>その他のルート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, expected %3 (usable %4), %5</source>
        <translation>%1：%2、期待値%3（利用可能額%4）、%5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before filing</source>
        <translation>申請前の確認事項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings: nothing found that would sink an application.</source>
        <translation>警告なし：申請の妨げとなる問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 [%2] %3: %4</source>
        <translation>%1 [%2] %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why these figures: %1</source>
        <translation>この数値の理由：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All paths compared</source>
        <translation>全ルートの比較</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</source>
        <translation>
            <numerusform>%nか月の試算期間における価値（USD）。クレジットのルート：申請した付与額。割引のルート：同じ支出予測での節約額。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../ui/report/report_uncertainty.cpp" line="+68"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+52"/>
        <source>Path</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical</source>
        <translation>標準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>利用可能額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odds</source>
        <translation>確率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder min</source>
        <translation>創業者（分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★: the recommended path. Low, typical, high: face value. Usable: what the projected bill absorbs of the typical award before its pools expire. Expected: usable × approval odds. Days: from the inquiry until the money is usable.</source>
        <translation>★：推奨ルート。下限・標準・上限：額面。利用可能額：クレジット枠の失効前に予測請求額が消化できる標準付与額の部分。期待値：利用可能額 × 承認確率。日数：問い合わせから資金が使えるまで。</translation>
    </message>
    <message>
        <location filename="../ui/report/report_burn_down.cpp" line="+65"/>
        <source>Founder</source>
        <translation>創業者</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Burn-down: %1</source>
        <translation>消化推移：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This path has no credits to burn down.</source>
        <translation>このルートには消化するクレジットがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month 1 is the first invoice after the balances land (BD-1). Each month the pool that expires first pays what it may (BD-2); the rest is paid out of pocket.</source>
        <translation>1か月目は、残高付与後の最初の請求です（BD-1）。毎月、最初に失効するクレジット枠から対象分を支払い（BD-2）、残りは自己負担となります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, expires after month %3</source>
        <translation>%1：%2、%3か月目の終了後に失効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pools</source>
        <translation>クレジット枠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cliff: credits cover the bill through month %1; month %2 is the first with money out of pocket (%3).</source>
        <translation>枯渇点：クレジットで%1か月目まで請求をカバーできます。%2か月目に初めて自己負担が発生します（%3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From month %1 on, the whole bill (%2 a month at first) is paid out of pocket.</source>
        <translation>%1か月目以降は、請求の全額（当初は月%2）が自己負担になります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forfeiture: %1 of %2 credits expire unused at the end of month %3 (BD-3).</source>
        <translation>失効：%2のクレジットのうち%1が、%3か月目の末に未使用のまま失効します（BD-3）。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>No credits expire unused within the %n-month horizon.</source>
        <translation>
            <numerusform>%nか月の試算期間内に、未使用のまま失効するクレジットはありません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits cover every invoice of the horizon.</source>
        <translation>クレジットで、試算期間中のすべての請求をカバーできます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total charges</source>
        <translation>料金の合計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total forfeited</source>
        <translation>失効の合計</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month by month (USD)</source>
        <translation>月別（USD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charges</source>
        <translation>料金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1</source>
        <translation>%1で支払い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>自己負担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amber: the first month paid out of pocket. Red: credits forfeited.</source>
        <translation>黄：最初の自己負担月。赤：クレジットの失効。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application timeline: %1</source>
        <translation>申請スケジュール：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0 is the inquiry on %1. Dates are calendar days.</source>
        <translation>0日目は%1の問い合わせ日です。日数は暦日です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/report/report_reasons.cpp" line="-20"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+4"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time in total</source>
        <translation>創業者の工数（合計）</translation>
    </message>
    <message>
        <location filename="../ui/report/report_reasons.cpp" line="-36"/>
        <source>Why each verdict</source>
        <translation>各判定の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each line names the rule behind it in brackets; the rules and their sources follow the list.</source>
        <translation>各行の括弧内に、根拠となるルールを示しています。ルールとその出典は一覧の後に記載しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/report/report_materials.cpp" line="+86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rules cited and their sources</source>
        <translation>引用したルールとその出典</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumptions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formats</source>
        <translation>表示形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every amount is in US dollars (USD) to the cent, exactly as computed (each monthly charge is rounded half-up to the cent, once); every date is the language&apos;s short date with the year in full (%1); chart axes mark their scale in thousands or millions (%2).</source>
        <translation>金額はすべて米ドル（USD）で、計算どおりセント単位まで表示します（各月の請求額はセント単位で一度だけ四捨五入）。日付はすべて言語の短い日付形式で、年は4桁です（%1）。グラフの軸は千または百万単位で目盛りを示します（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>AIの活用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue</source>
        <translation>年間経常収益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>黒字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within</source>
        <translation>クレジットの必要期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_materials.cpp" line="+7"/>
        <source>%1 days</source>
        <translation>%1日以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>機関による推薦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VC in Activate Portfolio</source>
        <translation>Activate Portfolio参加VC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner attestation</source>
        <translation>パートナーによる証明</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Migration</source>
        <translation>移行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, %2 total, phase reached: %3</source>
        <translation>移行元%1、総額%2、到達フェーズ：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly spend projection (USD)</source>
        <translation>月間支出の予測（USD）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to %1 over %2 months</source>
        <translation>%2か月で%1まで</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per month</source>
        <translation>月%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, month 1</source>
        <translation>合計（1か月目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>増加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace purchases, upfront commitment fees and Enterprise support are never paid by promotional credits (BD-6). Expected values weigh awards by the approval odds of ST-2 and the program rules; ranges stay ranges.</source>
        <translation>Marketplaceでの購入、前払いコミットメント料金、エンタープライズサポートは、プロモーションクレジットでは支払われません（BD-6）。期待値は、ST-2とプログラム規定の承認確率で付与額を重み付けしたものです。範囲は範囲のまま示します。</translation>
    </message>
    <message>
        <location filename="../ui/report/report_materials.cpp" line="-73"/>
        <source>Materials pack (TL-4)</source>
        <translation>提出資料一式（TL-4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the partner needs from you on day 3–4, and drafts of the three application records to paste into the partner&apos;s forms.</source>
        <translation>3～4日目にパートナーへ提出する資料と、パートナーのフォームに貼り付ける3件の申請レコードの下書きです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready (in the scenario)</source>
        <translation>準備済み（シナリオ内）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to provide</source>
        <translation>要提出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[to write: %1]</source>
        <translation>[要記入：%1]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record 1: Activate Portfolio</source>
        <translation>レコード1：Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+24"/>
        <source>Use case</source>
        <translation>ユースケース</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the production workload</source>
        <translation>本番ワークロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>AWS services</source>
        <translation>AWSサービス</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <location line="+26"/>
        <source>Expected monthly spend</source>
        <translation>月間支出の見込み</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 per month (%2)</source>
        <translation>月%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record 2: Build for Startups</source>
        <translation>レコード2：Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distinct project</source>
        <translation>独立したプロジェクト</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 per month over a %n-month implementation window</source>
        <translation>
            <numerusform>月%1、実施期間%nか月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record 2 (Build for Startups): not planned in this scenario.</source>
        <translation>レコード2（Build for Startups）：このシナリオでは計画されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluation methodology</source>
        <translation>評価方法</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n examples per week against a held-out set)</source>
        <translation>
            <numerusform>（ホールドアウトセットに対して週%n件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a customer Letter of Intent</source>
        <translation>顧客の意向表明書（LOI）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a commitment to scale Bedrock after the POC</source>
        <translation>POC後にBedrockをスケールする確約</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3: Bedrock POC</source>
        <translation>レコード3：Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the AI use case</source>
        <translation>AIユースケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model and why</source>
        <translation>モデルと選定理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reasoning</source>
        <translation>選定理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation methodology</source>
        <translation>評価方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per month of inference at POC scale</source>
        <translation>POC規模での推論費用 月%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[to write: projected inference budget]</source>
        <translation>[要記入：推論の予算見込み]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC window</source>
        <translation>POC期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial trajectory</source>
        <translation>事業化の見通し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3 (Bedrock POC): not planned in this scenario.</source>
        <translation>レコード3（Bedrock POC）：このシナリオでは計画されていません。</translation>
    </message>
    <message>
        <location filename="../ui/report/report_uncertainty.cpp" line="-50"/>
        <source>as planned</source>
        <translation>予定どおり</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n か月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Uncertainty</source>
        <translation>不確実性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seeded draws (seed %2) of each application&apos;s approval, the POC&apos;s completion and the spend. P10, P50 and P90: one draw in ten is below, half are below, nine in ten are below.</source>
        <translation>各申請の承認、POC の完了、支出をシード %2 で %1 回抽出しました。P10・P50・P90: 10 回に 1 回、半数、10 回に 9 回がその値を下回ります。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approved</source>
        <translation>承認率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket P10</source>
        <translation>自己負担 P10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usable P10</source>
        <translation>利用可能 P10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered through (P10 / P50 / P90)</source>
        <translation>カバー終了月 (P10 / P50 / P90)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: %1</source>
        <translation>感度分析: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each input moved to either end of its range, the others as stated; the widest bar matters most. Expected figures weigh every outcome of the approvals and the POC by its odds.</source>
        <translation>各入力を範囲の両端に動かし、他は入力どおりにしています。最も長いバーが最も影響の大きい入力です。期待値は承認と POC の各結果をその確率で重み付けしています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low end</source>
        <translation>下限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High end</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swing</source>
        <translation>振れ幅</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, each approval refused or approved, the POC failing or completing, and the credits landing as planned or %n month(s) later (UN-2).</source>
        <translation>
            <numerusform>範囲: 支出行はその不確実性 (指定がなければ ±%1)、成長率も同様、各承認は却下または承認、POC は失敗または完了、クレジットは予定どおりまたは %n か月後に付与 (UN-2)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/report_rulebook.cpp" line="-44"/>
        <source>Rulebook</source>
        <translation>ルールブック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition and overrides</source>
        <translation>版と上書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Stale rules</source>
        <translation>古いルール</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>none: every rule was verified within %n month(s)</source>
        <translation>
            <numerusform>なし：すべてのルールは %n か月以内に確認済みです</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>verified more than %n month(s) ago: %1</source>
        <translation>
            <numerusform>%n か月以上前に確認：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verdict or figure differs from the shipped edition</source>
        <translation>出荷時の版と異なる判定や数値はありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the overrides change against the shipped edition:</source>
        <translation>上書きによる出荷時の版からの変更：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_variants.cpp" line="+21"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>出荷時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../ui/report/report_variants.cpp" line="-6"/>
        <source>Variants side by side</source>
        <translation>バリアントの比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base scenario and each variant saved with it (the base with some fields changed). Each column shows the figures of its recommended path, or of the stack when nothing fits; ✓ marks the best value of a row.</source>
        <translation>基本シナリオと、それと一緒に保存された各バリアント（一部の項目を変えた基本シナリオ）。各列は推奨パスの数値を示し、適合するものがない場合はスタックの数値を示します。✓ は各行の最良値です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Burn-down of the base, with each variant&apos;s out of pocket as a dashed line (the same path in every scenario).</source>
        <translation>基本シナリオの消化推移。各バリアントの自己負担を破線で示します（どのシナリオも同じパス）。</translation>
    </message>
</context>
<context>
    <name>RuleTitle</name>
    <message>
        <location filename="../ui/format/rule_titles_catalog.cpp" line="+8"/>
        <source>Month 1</source>
        <translation>1か月目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application order</source>
        <translation>適用順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference mix</source>
        <translation>基準構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact money</source>
        <translation>正確な金額計算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never covered by credits</source>
        <translation>クレジット対象外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC award</source>
        <translation>Bedrock POCの付与額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC earmark</source>
        <translation>Bedrock POCの使途限定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC plan contents</source>
        <translation>POC計画の内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build for Startups ceiling</source>
        <translation>Build for Startupsの上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build spend band and window</source>
        <translation>Buildの支出帯と期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Build does not fund</source>
        <translation>Buildの対象外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap detection</source>
        <translation>重複の検出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Discount Program</source>
        <translation>Enterprise Discount Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative AI Accelerator</source>
        <translation>Generative AI Accelerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator eligibility</source>
        <translation>Acceleratorの応募資格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Acceleration Program</source>
        <translation>Migration Acceleration Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAP fit</source>
        <translation>MAPとの適合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts on the same footing</source>
        <translation>割引の同一基準での比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges and expected values</source>
        <translation>範囲と期待値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining paths</source>
        <translation>経路の組み合わせ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freshness of figures</source>
        <translation>数値の鮮度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate Portfolio ceiling</source>
        <translation>Activate Portfolioの上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio spend band</source>
        <translation>Portfolioの支出帯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible spend for the stage</source>
        <translation>ステージに対して不自然な支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case overlapping AWS products</source>
        <translation>AWS製品と重なるユースケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>機関による推薦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution Provider Program</source>
        <translation>Solution Provider Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPP fit</source>
        <translation>SPPとの適合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct use cases</source>
        <translation>別個のユースケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>承認確率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>創業者の工数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing timeline</source>
        <translation>申請のタイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review order</source>
        <translation>審査の順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue speeds</source>
        <translation>審査キューの速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials checklist</source>
        <translation>必要資料のチェックリスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds per application</source>
        <translation>申請ごとの承認確率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity ranges</source>
        <translation>感度分析の変動幅</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <location filename="../ui/format/rulebook_text.cpp" line="+23"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per month</source>
        <translation>USD/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per year</source>
        <translation>USD/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>founder minutes</source>
        <translation>創業者の作業時間（分）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the next billing month</source>
        <translation>翌請求月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the billing month they are issued</source>
        <translation>発行された請求月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewest applicable services, then oldest</source>
        <translation>対象サービスが少ない順、次に古い順</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest, then fewest applicable services</source>
        <translation>古い順、次に対象サービスが少ない順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration&apos;s cost</source>
        <translation>移行コスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged post-migration spend</source>
        <translation>タグ付けされた移行後の支出</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, low</source>
        <translation>額面（低）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, typical</source>
        <translation>額面（標準）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, high</source>
        <translation>額面（高）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, low</source>
        <translation>利用可能額（低）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, typical</source>
        <translation>利用可能額（標準）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, high</source>
        <translation>利用可能額（高）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value</source>
        <translation>期待値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>承認確率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to money</source>
        <translation>入金までの日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder minutes</source>
        <translation>創業者の作業時間（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered through month</source>
        <translation>カバー終了月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>自己負担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended path</source>
        <translation>推奨ルート</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overrides</source>
        <translation>上書き</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %1 (%n change(s))</source>
        <translation>
            <numerusform> + %1（%n 件の変更）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits count from %1 (BD-1).</source>
        <translation>クレジットは%1から数えます（BD-1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pools expiring in the same month are used by %1 (BD-2).</source>
        <translation>同じ月に失効するプールは次の順で使われます：%1（BD-2）。</translation>
    </message>
</context>
<context>
    <name>SpendImporter</name>
    <message numerus="yes">
        <location filename="../ui/window/spend_import.cpp" line="+33"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendPaste</name>
    <message>
        <location filename="../ui/forms/spend_paste.cpp" line="+46"/>
        <source>At most %1 lines can be pasted at once; the clipboard holds %2.</source>
        <translation>一度に貼り付けられるのは%1行までです。クリップボードには%2行あります。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, row %2: “%3” is neither a category nor an AWS service CreditPath knows</source>
        <translation>%1、%2行目：「%3」は、CreditPathが認識するカテゴリでもAWSサービスでもありません</translation>
    </message>
</context>
<context>
    <name>creditpath::ui</name>
    <message>
        <location filename="../ui/forms/company_page.cpp" line="+32"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario name</source>
        <translation>シナリオ名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (months)</source>
        <translation>試算期間（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company profile</source>
        <translation>会社概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>AIの活用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VC in Activate Portfolio</source>
        <translation>Activate Portfolio参加VC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner attestation</source>
        <translation>パートナーによる証明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A venture capital firm in the AWS Activate Portfolio program backs the company and vouches for its Portfolio application (PF-5).</source>
        <translation>AWS Activate Portfolioプログラムに参加するベンチャーキャピタルが会社に出資し、Portfolioの申請を推薦します（PF-5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS partner vouches for the company; it stands in for a Portfolio VC. Without either, Portfolio cannot be approved (PF-5).</source>
        <translation>AWSパートナーが会社を推薦し、Portfolio参加VCの代わりとなります。どちらもない場合、Portfolioは承認されません（PF-5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue (USD)</source>
        <translation>年間経常収益（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>黒字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS region</source>
        <translation>AWSリージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>AWSアカウントID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12桁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within (days)</source>
        <translation>クレジットの必要期限（日）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activate Portfolio application</source>
        <translation>Activate Portfolioの申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Use case</source>
        <translation>ユースケース</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>AWS services</source>
        <translation>AWSサービス</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Build for Startups application</source>
        <translation>Build for Startupsの申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for Build</source>
        <translation>Buildを申請</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build spend per month (USD)</source>
        <translation>Buildの月間支出（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation window (months)</source>
        <translation>実施期間（月）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration to AWS</source>
        <translation>AWSへの移行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating from</source>
        <translation>移行元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total migration cost (USD)</source>
        <translation>移行費用の総額（USD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase reached</source>
        <translation>到達フェーズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS spend per month after migration (USD)</source>
        <translation>移行後のAWS月間支出（USD）</translation>
    </message>
    <message>
        <location filename="../ui/format/comparison_text.cpp" line="+21"/>
        <source>Recommended path</source>
        <translation>推奨パス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected usable value</source>
        <translation>期待利用可能額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket over the horizon</source>
        <translation>期間中の自己負担</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered through month</source>
        <translation>カバーされる最終月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to money</source>
        <translation>入金までの日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time</source>
        <translation>創業者の所要時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path whose figures the column shows</source>
        <translation>列が数値を示すパス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none fits</source>
        <translation>適合なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base</source>
        <translation>基本</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::AlertBanner</name>
    <message>
        <location filename="../ui/results/alert_banner.cpp" line="+74"/>
        <source>show less</source>
        <translation>表示を減らす</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>show all %n warnings</source>
        <translation>
            <numerusform>警告%n件をすべて表示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show all</source>
        <translation>すべて表示</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChangesModel</name>
    <message>
        <location filename="../ui/rulebook/changes_model.cpp" line="+60"/>
        <source>Path</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>出荷時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/results/charts_panel.cpp" line="+67"/>
        <source>Burn-down</source>
        <translation>消化推移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value ranges</source>
        <translation>価値の範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity</source>
        <translation>感度分析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Covered through month %1</source>
        <translation>%1か月目までカバー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of pocket %1 (P10–P90 %2–%3)</source>
        <translation>自己負担 %1（P10–P90 %2–%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of pocket %1</source>
        <translation>自己負担 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited %1</source>
        <translation>失効 %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::CompareView</name>
    <message>
        <location filename="../ui/results/compare_view.cpp" line="+29"/>
        <source>Variants on the burn-down chart</source>
        <translation>消化チャートにバリアントを表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No variants yet. Edit the scenario and choose Save as variant… above the forms: the edits become a variant and the base stays as saved. Each variant then appears here as a column beside the base.</source>
        <translation>バリアントはまだありません。シナリオを編集し、フォーム上の「バリアントとして保存…」を選ぶと、編集内容がバリアントになり、基本シナリオは保存時のまま残ります。各バリアントは基本シナリオの横の列としてここに表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw each variant&apos;s out of pocket on the burn-down chart as a dashed line (the same path in every scenario)</source>
        <translation>各バリアントの自己負担を消化チャートに破線で描きます（どのシナリオも同じパス）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (editing)</source>
        <translation>%1（編集中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures of %1. Click to edit this scenario in the forms.</source>
        <translation>%1 の数値。クリックするとこのシナリオをフォームで編集します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best of the row: %1</source>
        <translation>行の最良値：%1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentFiles</name>
    <message>
        <location filename="../ui/window/document_files.cpp" line="+19"/>
        <source>CreditPath scenarios (*.creditpath.json *.json)</source>
        <translation>CreditPathシナリオ (*.creditpath.json *.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Cannot open scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is not a valid scenario:
%2</source>
        <translation>%1は有効なシナリオではありません：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1を読み込めません：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save scenario</source>
        <translation>シナリオを保存できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New scenario</source>
        <translation>新規シナリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed reference mix (example)</source>
        <translation>シード参考構成（例）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GCP to Frankfurt (example)</source>
        <translation>GCPからフランクフルトへ（例）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1には未保存の変更があります。保存しますか？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save scenario as</source>
        <translation>名前を付けてシナリオを保存</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentRecovery</name>
    <message>
        <location filename="../ui/window/document_recovery.cpp" line="+62"/>
        <source>Restore unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportActions</name>
    <message>
        <location filename="../ui/window/export_actions.cpp" line="+43"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CreditPath report</source>
        <translation>CreditPathレポート</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed.</source>
        <translation>レポートを印刷できませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report preview</source>
        <translation>レポートのプレビュー</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+38"/>
        <source>Could not write %1: %2</source>
        <translation>%1に書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wrote %1</source>
        <translation>%1を書き込みました</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Partner Central records into a folder</source>
        <translation>Partner Centralレコードをフォルダーにエクスポート</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n Partner Central record(s) to %1</source>
        <translation>
            <numerusform>%n件のPartner Centralレコードを%1に書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF report</source>
        <translation>PDFレポートをエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export burn-down CSV</source>
        <translation>消化推移をCSVでエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export path comparison CSV</source>
        <translation>ルート比較をCSVでエクスポート</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export evaluation JSON</source>
        <translation>評価結果をJSONでエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export reminders (iCalendar)</source>
        <translation>リマインダーをエクスポート（iCalendar）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportNotice</name>
    <message>
        <location filename="../ui/window/export_notice.cpp" line="+27"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::FieldBinder</name>
    <message>
        <location filename="../ui/forms/field_binder.cpp" line="+62"/>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Variant “%1”: %2</source>
        <translation>バリアント「%1」：%2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not given</source>
        <translation>未入力</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>comma-separated, e.g. ECS, Aurora, S3</source>
        <translation>カンマ区切り（例：ECS, Aurora, S3）</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="+67"/>
        <source>&amp;Company</source>
        <translation>会社(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spend</source>
        <translation>支出(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applications</source>
        <translation>申請(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock &amp;POC</source>
        <translation>Bedrock POC(&amp;P)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Evaluated with rulebook %1</source>
        <translation>ルールブック%1で評価</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — CreditPath</source>
        <translation>%1[*] — CreditPath</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_menus.cpp" line="+31"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blank scenario</source>
        <translation>空のシナリオ(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed reference mix</source>
        <translation>シード参考構成(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;GCP to Frankfurt example (AI-first, GDPR)</source>
        <translation>GCPからフランクフルトへの例（AIが中核、GDPR）(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import spend…</source>
        <translation>支出をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend lines from a Cost Explorer export (monthly, by service)</source>
        <translation>Cost Explorerのエクスポートから取り込む支出行（月別、サービス別）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF &amp;report…</source>
        <translation>PDFレポートをエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>レポートを印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;paper</source>
        <translation>レポートの用紙(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>USレター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Backups to keep</source>
        <translation>保持するバックアップ数(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions kept beside the file on every save: NAME~, then NAME.~2~ and older</source>
        <translation>保存のたびにファイルと同じ場所に残す旧版：NAME~、さらに古い版はNAME.~2~以降</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export burn-down &amp;CSV…</source>
        <translation>消化推移をCSVでエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export path co&amp;mparison CSV…</source>
        <translation>ルート比較をCSVでエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export evaluation &amp;JSON…</source>
        <translation>評価結果をJSONでエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;reminders (iCalendar)…</source>
        <translation>リマインダーをエクスポート（iCalendar）(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Partner Central records…</source>
        <translation>Partner Centralレコードをエクスポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application records as CreateOpportunity requests for the AWS Partner Central Selling API, one JSON file each</source>
        <translation>申請レコードをAWS Partner Central Selling APIのCreateOpportunityリクエストとして出力（1件につきJSONファイル1つ）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy results table</source>
        <translation>結果の表をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Screen-share mode</source>
        <translation>画面共有モード(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text and charts; the AWS account ID is hidden</source>
        <translation>文字とグラフを拡大し、AWSアカウントIDを非表示にします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also hide the &amp;company name when sharing</source>
        <translation>共有時に会社名も非表示にする(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rulebook</source>
        <translation>ルールブック(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CreditPath</source>
        <translation>CreditPathについて(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About CreditPath</source>
        <translation>CreditPathについて</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CreditPath compares the ways a startup can fund its AWS bill.
Rulebook: %1</source>
        <translation>CreditPathは、スタートアップがAWSの請求をまかなう方法を比較します。
ルールブック：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath shows the new language after a restart.</source>
        <translation>新しい言語は、CreditPathの再起動後に表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied the results table</source>
        <translation>結果の表をコピーしました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Clear list</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::PocPage</name>
    <message>
        <location filename="../ui/forms/poc_page.cpp" line="+17"/>
        <source>Bedrock POC plan</source>
        <translation>Bedrock POCの計画</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply for a Bedrock POC</source>
        <translation>Bedrock POCを申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>ユースケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this model</source>
        <translation>このモデルを選んだ理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Evaluation methodology</source>
        <translation>評価方法</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Examples evaluated per week</source>
        <translation>週あたりの評価件数</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Inference budget per month (USD)</source>
        <translation>月間の推論予算（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC window (days)</source>
        <translation>POC期間（日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer letter of intent</source>
        <translation>顧客の意向表明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment to scale</source>
        <translation>スケール拡大の確約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC expected to complete</source>
        <translation>POC完了の見込みあり</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP-3 checklist</source>
        <translation>BP-3チェックリスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a Bedrock POC plan must hold before it is filed: the use case, the model and why, the evaluation method, the inference budget and the POC window (BP-3).</source>
        <translation>Bedrock POC計画の申請前に必要な内容：ユースケース、モデルと選定理由、評価方法、推論予算、POC期間（BP-3）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use-case paragraph</source>
        <translation>ユースケースの説明文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen model</source>
        <translation>選択したモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why that model</source>
        <translation>モデルの選定理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected inference budget</source>
        <translation>推論の予算見込み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC planned.</source>
        <translation>Bedrock POCは計画されていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Complete: every BP-3 part is filled in.</source>
        <translation>完了：BP-3の全項目が入力済みです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing:</source>
        <translation>未入力：</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsModel</name>
    <message>
        <location filename="../ui/results/results_model.cpp" line="+267"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsTitle</name>
    <message>
        <location filename="../ui/results/reasons_title.cpp" line="+21"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;理由：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>click a figure above to see where it comes from</source>
        <translation>上の数値をクリックすると、その根拠を表示します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <comment>the title above the reasons, then the hint in brackets</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ResultsModel</name>
    <message>
        <location filename="../ui/results/results_model.cpp" line="-163"/>
        <source>Path</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usable</source>
        <translation>利用可能額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Face value
low – typical – high</source>
        <translation>額面
下限 – 標準 – 上限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Founder
minutes</source>
        <translation>創業者
（分）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Face value: the credits applied for, at the low, typical and high award (PF-1, BS-1, BP-1); for SPP and EDP, the saving over the horizon (SP-1, ED-1).</source>
        <translation>額面：申請したクレジットの下限・標準・上限の付与額（PF-1、BS-1、BP-1）。SPPとEDPでは試算期間中の節約額（SP-1、ED-1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usable value: what the projected bill absorbs of the credits before each pool expires; the rest is forfeited (BD-3).</source>
        <translation>利用可能額：各クレジット枠の失効前に予測請求額で消化されるクレジット。残りは失効します（BD-3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value: the approval odds times the usable typical value, so a likely smaller award can beat an unlikely larger one (PD-2, ST-2).</source>
        <translation>期待値：承認確率 × 標準の利用可能額。見込みの高い少額の付与が、見込みの低い高額の付与を上回ることがあります（PD-2、ST-2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days from the first inquiry until the money is there (TL-1, TL-2, TL-3).</source>
        <translation>最初の問い合わせから資金が届くまでの日数（TL-1、TL-2、TL-3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time the application takes (ST-3).</source>
        <translation>申請に要する創業者の工数（ST-3）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fit: no eligibility, fit or timing rule warns against this path.</source>
        <translation>適合：資格、適合性、時期のいずれのルールでも、このルートに対する警告はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 because of %2: %3</source>
        <translation>%2により%1：%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter your projected monthly spend on the Spend tab to judge this path.</source>
        <translation>このルートを判定するには、「支出」タブで月間の予測支出を入力してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recommended for the stated objective</source>
        <translation>指定した目的に対する推奨</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/results/results_panel.cpp" line="+121"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3: %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3：%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Recommended:&lt;/b&gt; %1 (%2). %3</source>
        <translation>&lt;b&gt;推奨：&lt;/b&gt;%1（%2）。%3</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&lt;b&gt;Why this number&lt;/b&gt; (%1, %2): %3</source>
        <translation>&lt;b&gt;この数値の理由&lt;/b&gt;（%1、%2）：%3</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookActions</name>
    <message>
        <location filename="../ui/window/rulebook_actions.cpp" line="+57"/>
        <source>Rulebook overrides (*.json)</source>
        <translation>ルールブックの上書き (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook</source>
        <translation>ルールブック</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;rulebook</source>
        <translation>ルールブックを表示(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What &amp;changed</source>
        <translation>変更点(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edition</source>
        <translation>版(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed edition (%1)</source>
        <translation>初版（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load overrides…</source>
        <translation>上書きを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Load rulebook overrides</source>
        <translation>ルールブックの上書きを読み込む</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Save overrides…</source>
        <translation>上書きを保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rulebook overrides</source>
        <translation>ルールブックの上書きを保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Drop overrides</source>
        <translation>上書きを破棄(&amp;D)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Switch rulebook edition to %1</source>
        <translation>ルールブックの版を%1に切り替え</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rulebook edition</source>
        <translation>ルールブックの版</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot load rulebook overrides</source>
        <translation>ルールブックの上書きを読み込めません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an override file this CreditPath can apply:
%2</source>
        <translation>%1 はこの CreditPath が適用できる上書きファイルではありません：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded rulebook overrides</source>
        <translation>ルールブックの上書きを読み込みました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save rulebook overrides</source>
        <translation>ルールブックの上書きを保存できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved rulebook overrides</source>
        <translation>ルールブックの上書きを保存しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop rulebook overrides</source>
        <translation>ルールブックの上書きを破棄</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook overrides</source>
        <translation>ルールブックの上書き</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This scenario carries rulebook overrides (%n change(s) to the shipped figures). Keep them, so it evaluates as it did for its author, or evaluate it with the shipped rulebook?</source>
        <translation>
            <numerusform>このシナリオにはルールブックの上書き（出荷時の数値への変更 %n 件）が含まれています。作成者と同じ評価になるよう保持しますか、それとも出荷時のルールブックで評価しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep overrides</source>
        <translation>上書きを保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop overrides</source>
        <translation>上書きを破棄</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookModel</name>
    <message>
        <location filename="../ui/rulebook/rulebook_model.cpp" line="+29"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (stale)</source>
        <translation>%1（古い）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Verified more than %n month(s) ago (PD-6)</source>
        <translation>
            <numerusform>%n か月以上前に確認（PD-6）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipped: %1</source>
        <translation>出荷時：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to change</source>
        <translation>ダブルクリックで変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this value through an override file:
%1</source>
        <translation>この値は上書きファイルで変更します：
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (estimate)</source>
        <translation>%1（推定）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (verified)</source>
        <translation>%1（確認済み）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: “%2” is not a value of this parameter</source>
        <translation>%1：「%2」はこのパラメーターの値ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change rule %1</source>
        <translation>ルール%1を変更</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookView</name>
    <message>
        <location filename="../ui/rulebook/rulebook_view.cpp" line="+38"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Filter by rule ID or word</source>
        <translation>ルールIDまたは語句で絞り込み</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Rulebook:&lt;/b&gt; %1&lt;br&gt;%2 %3</source>
        <translation>&lt;b&gt;ルールブック：&lt;/b&gt;%1&lt;br&gt;%2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>What changed (%n)</source>
        <translation>
            <numerusform>変更点（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rule to read it; double-click a value to change it.</source>
        <translation>ルールを選ぶと内容を表示します。値をダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;: %3&lt;br&gt;&lt;i&gt;Source:&lt;/i&gt; %4 (&lt;i&gt;verified&lt;/i&gt; %5)</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;：%3&lt;br&gt;&lt;i&gt;出典：&lt;/i&gt;%4（&lt;i&gt;確認日&lt;/i&gt; %5）</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ScenarioDocument</name>
    <message>
        <location filename="../ui/document/scenario_document.cpp" line="+225"/>
        <source>Save as variant</source>
        <translation>バリアントとして保存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename variant</source>
        <translation>バリアント名の変更</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete variant</source>
        <translation>バリアントの削除</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendImporter</name>
    <message>
        <location filename="../ui/window/spend_import.cpp" line="+26"/>
        <source>The costs of %1, the last full month, become these spend lines:</source>
        <translation>直近の完了月である%1の費用から、次の支出行を作成します：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the table of AWS services, counted as Other: %1</source>
        <translation>AWSサービスの一覧にないため「その他」に計上：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not spend (tax, credits, refunds): %1, %2 in all</source>
        <translation>支出ではないため除外（税金、クレジット、返金）：%1、合計%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not over yet: %1</source>
        <translation>月が終わっていないため除外：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last %1 months spend changed by %2 a month.</source>
        <translation>直近%1か月間で、支出は月あたり%2変化しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Import spend</source>
        <translation>支出をインポート</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Import spend from Cost Explorer</source>
        <translation>Cost Explorerから支出をインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost Explorer exports (*.json *.csv);;All files (*)</source>
        <translation>Cost Explorerのエクスポート (*.json *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1をインポートできません：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the spend lines with the costs of %1?</source>
        <translation>支出行を%1の費用で置き換えますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted as Other:</source>
        <translation>「その他」に計上：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grow each line by the trend, %1 a month</source>
        <translation>各行を傾向に沿って成長させる（月%1）</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendLinesModel</name>
    <message>
        <location filename="../ui/forms/spend_lines_model.cpp" line="+58"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly (USD)</source>
        <translation>月額（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp to (USD)</source>
        <translation>増加後（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp months</source>
        <translation>増加期間（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth %/month</source>
        <translation>成長率（%/月）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedrock and its supporting services are earmarked: Bedrock POC credits pay only for them (BP-2). Marketplace, upfront commitments and Enterprise support are never paid by credits (BD-6).</source>
        <translation>BedrockとBedrock関連サービスは用途限定です：Bedrock POCのクレジットはこれらにのみ使用できます（BP-2）。Marketplace、前払いコミットメント、エンタープライズサポートは、クレジットでは支払われません（BD-6）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The charge in month 1, the first invoice after the credits land (BD-1).</source>
        <translation>1か月目（クレジット付与後の最初の請求）の料金（BD-1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ramp: the monthly charge moves in equal steps from Monthly to Ramp to over Ramp months, then grows by Growth %/month.</source>
        <translation>増加：月額の料金は「増加期間」の間に「月額」から「増加後」まで均等に変化し、その後は「成長率」（%/月）で増加します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compounding growth of the charge each month, after any ramp.</source>
        <translation>料金の月ごとの複利成長率（増加期間の後に適用）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit spend line %1</source>
        <translation>支出行%1を編集</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Paste %n spend line(s)</source>
        <translation>
            <numerusform>支出行を%n行貼り付け</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add spend line</source>
        <translation>支出行を追加</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove spend line %1</source>
        <translation>支出行%1を削除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the seed reference mix</source>
        <translation>シード参考構成を適用</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendPage</name>
    <message>
        <location filename="../ui/forms/spend_page.cpp" line="+95"/>
        <source>&amp;Add line</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove line</source>
        <translation>行を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed &amp;reference mix</source>
        <translation>シード参考構成(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the lines with the seed page&apos;s reference mix (rule BD-4)</source>
        <translation>行をシードページの参考構成に置き換えます（ルールBD-4）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Paste lines from a spreadsheet</source>
        <translation>スプレッドシートから行を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the lines copied from a spreadsheet: category or AWS service, monthly, ramp to, ramp months, growth %</source>
        <translation>スプレッドシートからコピーした行を追加します：カテゴリまたはAWSサービス、月額、増加後、増加期間、成長率（%）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total projected spend per month</source>
        <translation>月間の予測支出合計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::VariantBar</name>
    <message>
        <location filename="../ui/window/variant_bar.cpp" line="+22"/>
        <source>Save as &amp;variant…</source>
        <translation>バリアントとして保存(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename variant…</source>
        <translation>バリアント名の変更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete variant</source>
        <translation>バリアントの削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario the forms edit: the base, or one of its variants (the base with some fields changed)</source>
        <translation>フォームで編集するシナリオ：基本シナリオ、またはそのバリアント（一部の項目を変えた基本シナリオ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the base: the edits since the last save become a new variant and the base returns to its saved state. With a variant: a copy of it.</source>
        <translation>基本シナリオの場合：前回の保存以降の編集が新しいバリアントになり、基本シナリオは保存時の状態に戻ります。バリアントの場合：そのコピーを作ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Editing:</source>
        <translation>編集中：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Base scenario</source>
        <translation>基本シナリオ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Variant name</source>
        <translation>バリアント名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as variant</source>
        <translation>バリアントとして保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new variant:</source>
        <translation>新しいバリアントの名前：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename variant</source>
        <translation>バリアント名の変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::charts</name>
    <message>
        <location filename="../ui/charts/burn_down_chart.cpp" line="+32"/>
        <source>Month %1</source>
        <translation>%1か月目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges: %1</source>
        <translation>料金：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1: %2</source>
        <translation>%1で支払い：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket: %1</source>
        <translation>自己負担：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 balance: %2</source>
        <translation>%1残高：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 forfeited: %2</source>
        <translation>%1失効：%2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No burn-down for %1</source>
        <translation>%1の消化推移なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn-down, covered through month %1</source>
        <translation>消化推移、%1か月目までカバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 forfeited</source>
        <translation>、%1失効</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charges</source>
        <translation>料金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>自己負担</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forfeited</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>forfeited</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expiry, month %1</source>
        <translation>失効、%1か月目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month %1: %2 expire</source>
        <translation>%1か月目：%2が失効</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Month after credits land</source>
        <translation>クレジット付与後の月数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/charts/value_range_chart.cpp" line="+37"/>
        <source>Low %1, typical %2, high %3</source>
        <translation>下限%1、標準%2、上限%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usable value %1</source>
        <translation>利用可能額 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value %1</source>
        <translation>期待値 %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>USD over the horizon (log scale)</source>
        <translation>試算期間のUSD（対数目盛）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Value of each path (log scale)</source>
        <translation>各ルートの価値（対数目盛）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usable</source>
        <translation>利用可能額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No value (%1)</source>
        <translation>価値なし（%1）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Face value low–typical</source>
        <translation>額面 下限–標準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typical–high</source>
        <translation>標準–上限</translation>
    </message>
    <message>
        <location filename="../ui/charts/timeline_chart.cpp" line="+49"/>
        <source>Timeline, money on day %1-%2</source>
        <translation>スケジュール、資金到着は%1～%2日目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after the inquiry</source>
        <translation>問い合わせからの日数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Day %1-%2 (%3 to %4)</source>
        <translation>%1～%2日目（%3～%4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Founder time: %1 min</source>
        <translation>創業者の工数：%1分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1</source>
        <translation>ルール%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/tornado_chart.cpp" line="+35"/>
        <source>Spend row %1 (%2)</source>
        <translation>支出 %1 行目 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth of every row</source>
        <translation>全行の成長率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC completes</source>
        <translation>POC の完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits land later</source>
        <translation>クレジット付与の遅れ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval: %1</source>
        <translation>承認: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected usable credits</source>
        <translation>期待利用可能クレジット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected out of pocket</source>
        <translation>期待自己負担額</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: computing, or no spend entered yet</source>
        <translation>感度分析: 計算中、または支出が未入力です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2: %3 as stated</source>
        <translation>%2 の%1: 入力どおりで %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low end of the range</source>
        <translation>範囲の下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High end of the range</source>
        <translation>範囲の上限</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change from the stated figure (USD)</source>
        <translation>入力値からの変化 (USD)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::report::ReportComposer</name>
    <message>
        <location filename="../ui/report/report_redaction.cpp" line="+13"/>
        <source>[redacted]</source>
        <translation>[非表示]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scenario (name hidden)</source>
        <translation>シナリオ（名前非表示）</translation>
    </message>
</context>
</TS>
