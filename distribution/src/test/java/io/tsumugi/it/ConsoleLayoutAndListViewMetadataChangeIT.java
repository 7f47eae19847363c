package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 7 items 4 and 5 through the browser, in Japanese: the administrator defines 建物 and 部屋,
 * builds 建物's layout (two sections, one field moved by button and one by drag and drop, a related
 * list of its 部屋), checks the preview, builds a list view of 部屋 (columns, two sort keys, a relative
 * date filter, meeting the validator's error first), reviews and applies; then the end user sees
 * that layout on the form and the record page and that list view in the list.
 */
class ConsoleLayoutAndListViewMetadataChangeIT {

  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private final RunningServer server = RunningServer.get();
  private final String unique = randomLetters();
  private final String building = "building_" + unique;
  private final String room = "room_" + unique;
  private WebDriver browser;
  private ConsoleBrowser console;

  private static String randomLetters() {
    Random random = new Random();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  @BeforeEach
  void logIn() throws Exception {
    LeftoverDraft.discard(server);
    browser = Browser.desktop("ja");
    console = new ConsoleBrowser(browser, server);
    console.logInAsAdmin();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theLayoutAndListViewBuiltInTheConsoleAreWhatTheEndUserSees() {
    defineBuildingAndRoom();
    buildTheBuildingLayout();
    buildTheRoomListView();
    console.reviewAndApply(building, room);

    // The end user's form of 建物: the two sections, 階数 and 竣工日 in 詳細.
    console.open("/r/edit.xhtml?entity=" + building);
    console.waitFor(By.id("form:name"));
    assertThat(legends()).containsExactly("基本情報", "詳細");
    assertThat(inSection("fieldset", "legend", "詳細")).contains("階数", "竣工日").doesNotContain("住所");
    assertThat(inSection("fieldset", "legend", "基本情報")).contains("建物名", "住所");
    String name = "青葉ハイツ" + unique;
    console.type("form:name", name);
    console.type("form:address", "仙台市青葉区1-2-3");
    Browser.typeNumber(browser, "form:floors", "5");
    Browser.screenshot(browser, "console-layout-enduser-form-ja");
    browser.findElement(By.id("form:save")).click();
    assertThat(console.waitFor(By.id("record-title")).getText()).isEqualTo(name);
    String buildingPage = browser.getCurrentUrl();

    // The record page: the same sections, and the related list of 部屋 with its two columns.
    assertThat(detailHeadings()).contains("基本情報", "詳細");
    assertThat(inSection("section", "h2", "詳細")).contains("階数", "5");
    WebElement related = console.waitFor(By.id("related-" + room));
    assertThat(related.getText()).contains("部屋", "部屋番号", "家賃");

    // Three rooms through the related list's "new" link (the lookup comes filled in).
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    addRoom(buildingPage, "101", "80000", today.plusDays(10));
    addRoom(buildingPage, "102", "95000", today.plusDays(400));
    addRoom(buildingPage, "103", "60000", today.plusDays(30));
    console.waitUntil(
        "three rooms in the related list",
        d ->
            console.text(By.id("related-" + room)).contains("101")
                && console.text(By.id("related-" + room)).contains("103"));
    assertThat(console.text(By.id("related-" + room))).contains("102", "80,000");
    Browser.screenshot(browser, "console-layout-enduser-detail-ja");

    // The list view: rooms free within 60 days, dearest first; 102 is filtered out.
    console.open("/r/list.xhtml?entity=" + room + "&view=vacant_soon");
    console.waitFor(By.id("list-title"));
    console.waitUntil("the list view's rows", d -> console.text(By.id("list")).contains("101"));
    String list = console.text(By.id("list"));
    assertThat(list).contains("101", "103").doesNotContain("102");
    assertThat(list.indexOf("101")).isLessThan(list.indexOf("103"));
    List<String> headers =
        browser.findElements(By.cssSelector("#list th .ui-column-title")).stream()
            .map(WebElement::getText)
            .filter(t -> !t.isBlank())
            .toList();
    assertThat(headers).containsSubsequence("部屋番号", "家賃", "入居可能日");
    Browser.screenshot(browser, "console-listview-enduser-ja");
  }

  private void defineBuildingAndRoom() {
    console.createEntity(building, "建物", "Building", "建物名", "Building name");
    console.addField("テキスト", "address", "住所", "Address");
    console.saveField("住所");
    console.addField("整数", "floors", "階数", "Floors");
    console.saveField("階数");
    console.addField("日付", "built_on", "竣工日", "Built on");
    console.saveField("竣工日");

    console.createEntity(room, "部屋", "Room", "部屋番号", "Room number");
    console.addField("参照", "building", "建物", "Building");
    console.choose("field:target", "建物 (" + building + ")");
    console.saveField("建物");
    // The list view sorts on 家賃 and filters on 入居可能日: the list page's query needs the flags.
    console.addField("通貨", "rent", "家賃", "Rent");
    console.check("field:sortable");
    console.saveField("家賃");
    console.addField("日付", "available_from", "入居可能日", "Available from");
    console.check("field:filterable");
    console.saveField("入居可能日");
  }

  private void buildTheBuildingLayout() {
    console.open("/admin/entity.xhtml?entity=" + building);
    console.click(By.id("children:edit-layout"));
    console.waitFor(By.id("layout-title"));
    // A new entity starts with one section holding every field, as the end user sees it.
    assertThat(console.text(By.id("section-0"))).contains("建物名", "住所", "階数", "竣工日");

    console.type("layout:sections:0:labelJa", "基本情報");
    console.type("layout:sections:0:labelEn", "Basics");
    console.type("layout:newSectionJa", "詳細");
    console.type("layout:newSectionEn", "Details");
    console.click(By.id("layout:addSection"));
    console.waitFor(By.id("section-1"));
    console.click(By.xpath("//*[@id='layout:sections:1:columns']//div[contains(.,'1 列')]"));
    console.sleepForAjax();

    // 階数 by the keyboard-friendly button, 竣工日 by drag and drop.
    console.click(By.cssSelector("#placed-floors button[id$='fnext']"));
    console.waitUntil("階数 in 詳細", d -> console.text(By.id("section-1")).contains("階数"));
    WebElement builtOn = console.waitFor(By.cssSelector("#placed-built_on .ts-layout-name"));
    WebElement target = browser.findElement(By.cssSelector("#section-1 ul.ts-layout-fields"));
    new Actions(browser)
        .clickAndHold(builtOn)
        .moveByOffset(5, 5)
        .moveToElement(target)
        .moveByOffset(0, 10)
        .release()
        .perform();
    console.waitUntil("竣工日 dropped into 詳細", d -> console.text(By.id("section-1")).contains("竣工日"));
    console.awaitAjax(); // the drop is sent to the server, which re-renders the editor
    assertThat(console.text(By.id("section-0"))).doesNotContain("竣工日").doesNotContain("階数");

    // The related list: the rooms of the building, showing 部屋番号 and 家賃.
    console.choose("layout:pickedChild", "部屋: 建物");
    console.click(By.id("layout:addRelated"));
    console.waitFor(By.id("related-0"));
    console.click(By.id("layout:related:0:relColumns"));
    console.sleepForAjax(); // the panel's opening animation
    browser
        .findElements(
            By.xpath(
                "//li[contains(@class,'ui-selectcheckboxmenu-item')][contains(.,'家賃 (rent)')]//label"))
        .stream()
        .filter(WebElement::isDisplayed)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the column choice 家賃 (rent) is not shown"))
        .click();
    console.waitUntil(
        "家賃 among the related list's columns",
        d -> console.text(By.id("layout:related:0:relColumns")).contains("家賃"));
    browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    console.sleepForAjax();

    // The preview is the end user's own form, then record page, in a frame.
    console.waitUntil("the preview of the two sections", d -> previewText().contains("詳細"));
    browser.switchTo().frame("preview-frame");
    assertThat(legends()).containsExactly("基本情報", "詳細");
    assertThat(inSection("fieldset", "legend", "詳細")).contains("階数", "竣工日");
    browser.switchTo().defaultContent();
    console.fullPageScreenshot("console-layout-editor-ja", 1280);
    console.click(By.xpath("//*[@id='preview:previewMode']//div[contains(.,'詳細ページ')]"));
    console.waitUntil("the record page preview", d -> previewText().contains("部屋番号"));
    browser.switchTo().frame("preview-frame");
    assertThat(String.join("|", detailHeadings())).contains("基本情報", "詳細", "部屋");
    assertThat(console.text(By.id("related-" + room))).contains("部屋番号", "家賃");
    browser.switchTo().defaultContent();
    console.fullPageScreenshot("console-layout-editor-ja-phone", 390);

    console.click(By.id("layout:save"));
    console.waitUntil(
        "the saved layout", d -> console.text(By.id("messages")).contains("下書きに保存しました"));
  }

  private void buildTheRoomListView() {
    console.open("/admin/entity.xhtml?entity=" + room);
    console.click(By.id("children:edit-list-views"));
    console.waitFor(By.id("list-views-title"));
    console.type("lv:apiName", "vacant_soon");
    console.type("lv:labelJa", "もうすぐ入居可");
    console.type("lv:labelEn", "Vacant soon");
    for (String column : List.of("家賃 (rent)", "入居可能日 (available_from)", "建物 (building)")) {
      console.choose("lv:pickedColumn", column);
      console.click(By.id("lv:addColumn"));
      console.sleepForAjax();
    }
    console.waitUntil(
        "four columns", d -> d.findElements(By.cssSelector("#column-list li")).size() == 4);

    console.click(By.id("lv:addSort"));
    console.waitFor(By.id("sort-0"));
    console.choose("lv:sort:0:sortField", "家賃 (rent)");
    console.click(By.xpath("//*[@id='lv:sort:0:direction']//div[contains(.,'降順')]"));
    console.click(By.id("lv:addSort"));
    console.waitFor(By.id("sort-1"));

    console.click(By.id("lv:addFilter"));
    console.waitFor(By.id("filter-0"));
    console.choose("lv:filters:0:filterField", "入居可能日 (available_from)");
    console.choose("lv:filters:0:operator", "以下");
    console.type("lv:filters:0:value", "60日後");
    console.waitUntil(
        "the validator's error naming the field",
        d -> console.text(By.id("lv:problems")).contains("60日後"));
    assertThat(console.text(By.id("lv:problems"))).contains("フィルター 1（入居可能日）", "today+60d");
    console.fullPageScreenshot("console-listview-error-ja", 1280);
    console.type("lv:filters:0:value", "today+60d");
    console.waitUntil(
        "the view valid", d -> console.text(By.id("lv:problems")).contains("エラーはありません"));
    console.fullPageScreenshot("console-listview-editor-ja-phone", 390);

    console.click(By.id("lv:save"));
    console.waitUntil(
        "the saved view", d -> console.text(By.id("messages")).contains("下書きに保存しました"));
    assertThat(console.text(By.id("view-picker"))).contains("もうすぐ入居可");
  }

  private void addRoom(String buildingPage, String number, String rent, LocalDate available) {
    console.click(By.cssSelector("#related-" + room + " a.ts-small-button"));
    console.waitFor(By.id("form:name"));
    assertThat(browser.findElement(By.id("form:building_input")).getAttribute("value"))
        .startsWith("青葉ハイツ");
    console.type("form:name", number);
    // The date before the amount: the amount's TAB opens the date's calendar, and a date typed
    // while it is open is lost.
    typeDate("form:available_from_input", available.format(SLASHED));
    Browser.typeNumber(browser, "form:rent", rent);
    browser.findElement(By.id("form:save")).click();
    console.waitUntil("room " + number, d -> console.text(By.id("record-title")).equals(number));
    assertThat(console.text(By.id("field-available_from"))).contains(available.format(SLASHED));
    browser.get(buildingPage);
    console.waitFor(By.id("related-" + room));
  }

  /** Types a date and checks the calendar input kept every key (it can drop some while opening). */
  private void typeDate(String id, String date) {
    for (int attempt = 0; attempt < 3; attempt++) {
      console.type(id, date);
      console.sleepForAjax();
      if (date.equals(browser.findElement(By.id(id)).getAttribute("value"))) {
        break;
      }
    }
    browser.findElement(By.id(id)).sendKeys(Keys.TAB);
  }

  private String previewText() {
    try {
      browser.switchTo().frame("preview-frame");
      return browser.findElement(By.tagName("body")).getText();
    } catch (RuntimeException e) {
      return "";
    } finally {
      browser.switchTo().defaultContent();
    }
  }

  private List<String> legends() {
    return browser.findElements(By.cssSelector("fieldset.ts-section > legend")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> detailHeadings() {
    return browser.findElements(By.cssSelector("section.ts-section h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /**
   * The text of the section ({@code fieldset} or {@code section}) whose heading is {@code title}.
   */
  private String inSection(String tag, String heading, String title) {
    return console.text(
        By.xpath("//" + tag + "[" + heading + "[normalize-space()='" + title + "']]"));
  }
}
