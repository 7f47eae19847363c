package io.tsumugi.core.demo;

import java.util.List;

/** The words demo records are made of: places, company names, people's names, with kana. */
final class DemoVocabulary {

  private DemoVocabulary() {}

  /** A business district: prefecture picklist value, address, postal prefix, phone area code. */
  record Place(String prefecture, String address, String postalPrefix, String areaCode) {}

  /** A word with its katakana reading and, for people, its romaji. */
  record Word(String text, String kana, String romaji) {}

  /** A line of business: name part, reading, industry picklist value, what it sells. */
  record Business(String text, String kana, String industry, String offering) {}

  static final List<Place> PLACES =
      List.of(
          new Place("tokyo", "東京都千代田区丸の内", "100", "03"),
          new Place("tokyo", "東京都港区芝浦", "108", "03"),
          new Place("osaka", "大阪府大阪市北区梅田", "530", "06"),
          new Place("aichi", "愛知県名古屋市中村区名駅", "450", "052"),
          new Place("fukuoka", "福岡県福岡市博多区博多駅前", "812", "092"),
          new Place("hokkaido", "北海道札幌市中央区北一条西", "060", "011"),
          new Place("miyagi", "宮城県仙台市青葉区中央", "980", "022"),
          new Place("hiroshima", "広島県広島市中区紙屋町", "730", "082"),
          new Place("kanagawa", "神奈川県横浜市西区みなとみらい", "220", "045"),
          new Place("kyoto", "京都府京都市下京区烏丸通", "600", "075"),
          new Place("shizuoka", "静岡県静岡市葵区追手町", "420", "054"),
          new Place("hyogo", "兵庫県神戸市中央区三宮町", "650", "078"));

  static final List<Word> COMPANY_NAMES =
      List.of(
          new Word("さくら", "サクラ", null),
          new Word("富士", "フジ", null),
          new Word("青葉", "アオバ", null),
          new Word("東海", "トウカイ", null),
          new Word("北斗", "ホクト", null),
          new Word("日の出", "ヒノデ", null),
          new Word("みなと", "ミナト", null),
          new Word("大和", "ヤマト", null),
          new Word("朝日", "アサヒ", null),
          new Word("若葉", "ワカバ", null),
          new Word("緑川", "ミドリカワ", null),
          new Word("双葉", "フタバ", null),
          new Word("白鷺", "シラサギ", null),
          new Word("松風", "マツカゼ", null),
          new Word("瑞穂", "ミズホ", null));

  static final List<Business> BUSINESSES =
      List.of(
          new Business("不動産", "フドウサン", "real_estate", "賃貸管理システム"),
          new Business("商事", "ショウジ", "wholesale", "受発注システム"),
          new Business("工業", "コウギョウ", "manufacturing", "生産管理クラウド"),
          new Business("建設", "ケンセツ", "construction", "現場管理アプリ"),
          new Business("食品", "ショクヒン", "food_service", "在庫管理システム"),
          new Business("自動車販売", "ジドウシャハンバイ", "automotive", "車検案内メール配信"),
          new Business("ゼミナール", "ゼミナール", "education", "生徒管理システム"),
          new Business("運輸", "ウンユ", "transport", "配車管理システム"),
          new Business("メディカル", "メディカル", "medical", "予約管理システム"),
          new Business("システムズ", "システムズ", "it", "CRM導入支援"));

  static final List<Word> SURNAMES =
      List.of(
          new Word("佐藤", "サトウ", "sato"),
          new Word("鈴木", "スズキ", "suzuki"),
          new Word("高橋", "タカハシ", "takahashi"),
          new Word("田中", "タナカ", "tanaka"),
          new Word("伊藤", "イトウ", "ito"),
          new Word("渡辺", "ワタナベ", "watanabe"),
          new Word("山本", "ヤマモト", "yamamoto"),
          new Word("中村", "ナカムラ", "nakamura"),
          new Word("小林", "コバヤシ", "kobayashi"),
          new Word("加藤", "カトウ", "kato"),
          new Word("吉田", "ヨシダ", "yoshida"),
          new Word("山田", "ヤマダ", "yamada"),
          new Word("佐々木", "ササキ", "sasaki"),
          new Word("松本", "マツモト", "matsumoto"),
          new Word("井上", "イノウエ", "inoue"),
          new Word("木村", "キムラ", "kimura"));

  static final List<Word> GIVEN_NAMES =
      List.of(
          new Word("太郎", "タロウ", "taro"),
          new Word("花子", "ハナコ", "hanako"),
          new Word("健一", "ケンイチ", "kenichi"),
          new Word("美咲", "ミサキ", "misaki"),
          new Word("翔太", "ショウタ", "shota"),
          new Word("陽子", "ヨウコ", "yoko"),
          new Word("大輔", "ダイスケ", "daisuke"),
          new Word("由美", "ユミ", "yumi"),
          new Word("誠", "マコト", "makoto"),
          new Word("直樹", "ナオキ", "naoki"),
          new Word("恵", "メグミ", "megumi"),
          new Word("拓也", "タクヤ", "takuya"));

  static final List<String> TITLES = List.of("代表取締役", "部長", "課長", "主任", "担当");

  static final List<String> DEPARTMENTS = List.of("営業部", "総務部", "経理部", "情報システム部", "購買部");

  static final List<String> LEAD_SOURCES =
      List.of("advertising", "organic_search", "referral", "seminar", "exhibition", "web_form");

  static final List<String> LEAD_STATUSES =
      List.of("new", "nurturing", "nurturing", "mql", "mql", "sql", "disqualified", "converted");

  /** Pipeline stages with the usual probability (%) at each. */
  static final List<Object[]> STAGES =
      List.of(
          new Object[] {"lead_generation", 10},
          new Object[] {"qualification", 20},
          new Object[] {"first_contact", 30},
          new Object[] {"proposal", 50},
          new Object[] {"negotiation", 70},
          new Object[] {"closed_won", 100},
          new Object[] {"closed_lost", 0});

  static final List<String[]> ACTIVITIES =
      List.of(
          new String[] {"visit", "初回訪問"},
          new String[] {"call", "電話フォローアップ"},
          new String[] {"email", "提案書送付"},
          new String[] {"email", "見積書送付"},
          new String[] {"seminar", "セミナー参加お礼"},
          new String[] {"inquiry", "資料請求への回答"},
          new String[] {"visit", "デモ実施"});
}
