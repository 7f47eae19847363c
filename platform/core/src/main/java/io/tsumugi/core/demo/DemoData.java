package io.tsumugi.core.demo;

import io.tsumugi.core.demo.DemoVocabulary.Business;
import io.tsumugi.core.demo.DemoVocabulary.Place;
import io.tsumugi.core.demo.DemoVocabulary.Word;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Loads demo records through the record service, so they are normalised and validated like any
 * input. Deterministic: a fixed seed and a fixed base date give the same records on every run. Does
 * nothing when any entity table already has a record.
 */
public final class DemoData {

  /** The setting that turns demo data on ({@code TSUMUGI_DEMO_DATA=true}). */
  public static final String SETTING = "tsumugi.demo-data";

  private static final long SEED = 20250401L;
  private static final LocalDate BASE_DATE = LocalDate.of(2025, 4, 1);

  private final DataSource dataSource;
  private final ActiveMetadata active;
  private final RecordService records;
  private final CallerContext caller = CallerContext.system();
  private final Random random = new Random(SEED);
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Map<String, Integer> serials = new HashMap<>();

  /** A loader writing through {@code records} into the database behind {@code dataSource}. */
  public DemoData(DataSource dataSource, ActiveMetadata active, RecordService records) {
    this.dataSource = dataSource;
    this.active = active;
    this.records = records;
  }

  /**
   * Loads the demo records when the database has none; returns how many records each entity got
   * (empty when nothing was loaded).
   */
  public Map<String, Integer> loadIfEmpty() {
    if (!isEmpty()) {
      return Map.of();
    }
    List<Long> campaigns = campaigns();
    List<long[]> accounts = new ArrayList<>(); // {account id, first contact id}
    List<String> accountNames = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long account = account(i, accountNames);
      long contact = 0;
      for (int c = 0, n = 1 + random.nextInt(4); c < n; c++) {
        long id = contact(account);
        contact = contact == 0 ? id : contact;
      }
      accounts.add(new long[] {account, contact});
    }
    for (int i = 0; i < 80; i++) {
      lead(campaigns);
    }
    for (int i = 0; i < 90; i++) {
      int a = random.nextInt(accounts.size());
      long opportunity = opportunity(accounts.get(a), accountNames.get(a), campaigns);
      for (int k = 0, n = random.nextInt(3); k < n; k++) {
        activity(accounts.get(a), opportunity);
      }
    }
    return Map.copyOf(counts);
  }

  private boolean isEmpty() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (EntityDef e : active.current().pkg().entities()) {
        try (ResultSet rs =
            s.executeQuery("SELECT 1 FROM " + SqlNames.table(e.name()) + " LIMIT 1")) {
          if (rs.next()) {
            return false;
          }
        }
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check for records: " + e.getMessage(), e);
    }
  }

  private List<Long> campaigns() {
    List<Long> ids = new ArrayList<>();
    String[][] rows = {
      {"春のDX推進セミナー2025", "seminar", "completed", "2025-03-12"},
      {"CRM活用ウェビナー", "webinar", "in_progress", "2025-04-20"},
      {"不動産テック展示会 出展", "exhibition", "planned", "2025-06-05"},
      {"車検時期お知らせメール", "email", "in_progress", "2025-04-01"}
    };
    for (String[] r : rows) {
      Map<String, Object> v = new HashMap<>();
      v.put("name", r[0]);
      v.put("campaign_type", r[1]);
      v.put("status", r[2]);
      v.put("start_date", r[3]);
      v.put("budget", 300_000 + 100_000 * random.nextInt(20));
      ids.add(create("campaign", v));
    }
    return ids;
  }

  private long account(int i, List<String> names) {
    Word name = DemoVocabulary.COMPANY_NAMES.get(i % DemoVocabulary.COMPANY_NAMES.size());
    Business b = DemoVocabulary.BUSINESSES.get((i / 2 + i) % DemoVocabulary.BUSINESSES.size());
    Place p = pick(DemoVocabulary.PLACES);
    boolean prefix = i % 3 != 1;
    String company = prefix ? "株式会社" + name.text() + b.text() : name.text() + b.text() + "株式会社";
    String kana =
        prefix ? "カブシキガイシャ" + name.kana() + b.kana() : name.kana() + b.kana() + "カブシキガイシャ";
    if (names.contains(company)) {
      company = company.replace("株式会社", "有限会社");
      kana = kana.replace("カブシキガイシャ", "ユウゲンガイシャ");
    }
    names.add(company);
    Map<String, Object> v = new HashMap<>();
    v.put("name", company);
    v.put("name_kana", kana);
    v.put("phone", phone(p.areaCode()));
    v.put("industry", b.industry());
    v.put("employees", 5 + random.nextInt(500));
    v.put("annual_revenue", BigDecimal.valueOf(10_000_000L * (1 + random.nextInt(300))));
    v.put("postal_code", p.postalPrefix() + String.format("%04d", random.nextInt(10_000)));
    v.put("prefecture", p.prefecture());
    v.put("address", p.address() + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(20)));
    v.put("website", "https://www.example.co.jp/" + i);
    return create("account", v);
  }

  private long contact(long account) {
    Word last = pick(DemoVocabulary.SURNAMES);
    Word first = pick(DemoVocabulary.GIVEN_NAMES);
    Map<String, Object> v = new HashMap<>();
    v.put("last_name", last.text());
    v.put("first_name", first.text());
    v.put("last_name_kana", last.kana());
    v.put("first_name_kana", first.kana());
    v.put("account", account);
    v.put("title", pick(DemoVocabulary.TITLES));
    v.put("department", pick(DemoVocabulary.DEPARTMENTS));
    v.put("email", first.romaji() + "." + last.romaji() + counter("mail") + "@example.co.jp");
    v.put("mobile", phone(pick(List.of("090", "080", "070"))));
    v.put(
        "birthday",
        LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    v.put("acquisition_channel", pick(DemoVocabulary.LEAD_SOURCES));
    return create("contact", v);
  }

  private void lead(List<Long> campaigns) {
    Word last = pick(DemoVocabulary.SURNAMES);
    Word first = pick(DemoVocabulary.GIVEN_NAMES);
    Word company = pick(DemoVocabulary.COMPANY_NAMES);
    Business b = pick(DemoVocabulary.BUSINESSES);
    Map<String, Object> v = new HashMap<>();
    v.put("name", last.text() + " " + first.text());
    v.put("company", company.text() + b.text() + "株式会社");
    v.put("title", pick(DemoVocabulary.TITLES));
    v.put("email", first.romaji() + "." + last.romaji() + counter("lead") + "@example.jp");
    v.put("phone", phone(pick(DemoVocabulary.PLACES).areaCode()));
    v.put("status", pick(DemoVocabulary.LEAD_STATUSES));
    v.put("lead_source", pick(DemoVocabulary.LEAD_SOURCES));
    v.put("campaign", random.nextInt(3) == 0 ? pick(campaigns) : null);
    v.put("score", random.nextInt(101));
    create("sales_lead", v);
  }

  private long opportunity(long[] account, String accountName, List<Long> campaigns) {
    Object[] stage = pick(DemoVocabulary.STAGES);
    Business b = pick(DemoVocabulary.BUSINESSES);
    Map<String, Object> v = new HashMap<>();
    v.put("name", accountName + " " + b.offering() + "導入");
    v.put("account", account[0]);
    v.put("contact", account[1]);
    v.put("stage", stage[0]);
    v.put("amount", BigDecimal.valueOf(10_000L * (10 + random.nextInt(2_000))));
    v.put("close_date", BASE_DATE.plusDays(random.nextInt(240) - 60));
    v.put("probability", stage[1]);
    v.put("lead_source", pick(DemoVocabulary.LEAD_SOURCES));
    v.put("campaign", random.nextInt(4) == 0 ? pick(campaigns) : null);
    v.put("next_step", "closed_won".equals(stage[0]) ? null : "次回打ち合わせの日程調整");
    return create("opportunity", v);
  }

  private void activity(long[] account, long opportunity) {
    String[] a = pick(DemoVocabulary.ACTIVITIES);
    Map<String, Object> v = new HashMap<>();
    v.put("subject", a[1]);
    v.put("activity_type", a[0]);
    v.put(
        "activity_at",
        OffsetDateTime.of(
                BASE_DATE.minusDays(random.nextInt(90)).atTime(9 + random.nextInt(9), 0),
                ZoneOffset.ofHours(9))
            .toInstant());
    v.put("duration_minutes", 15 * (1 + random.nextInt(8)));
    v.put("account", account[0]);
    v.put("contact", account[1]);
    v.put("opportunity", opportunity);
    create("activity", v);
  }

  private long create(String entity, Map<String, Object> values) {
    values.values().removeIf(java.util.Objects::isNull);
    long id = records.create(caller, entity, values).id();
    counts.merge(entity, 1, Integer::sum);
    return id;
  }

  private String phone(String areaCode) {
    // Not every random subscriber number exists in the numbering plan: draw until the record
    // service accepts one (it formats it, 03-1234-5678). Still deterministic.
    while (true) {
      int length = areaCode.matches("0[789]0") ? 11 : 10; // mobile numbers have 11 digits
      String raw = areaCode + (2 + random.nextInt(8)) + digits(length - 1 - areaCode.length());
      Object normal = records.normalize("account", "phone", raw);
      if (!raw.equals(normal)) {
        return raw;
      }
    }
  }

  private String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  private int counter(String name) {
    return serials.merge(name, 1, Integer::sum);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
