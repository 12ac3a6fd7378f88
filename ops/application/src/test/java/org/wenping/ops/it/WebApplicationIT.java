package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.Procedure;
import org.wenping.ops.demo.DemoYearLoaded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application in Debian's headless Chromium, against the application with the demo year (loaded once for
 * the class): sign-in, the overview's figures, a record's timeline as of now and as of earlier, the CSV, a refused
 * decision, a title with markup shown as text, the case list and a case's record with its 四性 result, and an
 * inquiry's finding linking to the events it cites.
 */
class WebApplicationIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final List<String> DIMENSIONS = List.of("byStage", "byRiskLevel", "byDecision", "byCategory");

    @TempDir
    static Path temp;
    static RunningApp app;
    static Browser browser;

    @RegisterExtension
    final Browser.OnFailure screenshots = new Browser.OnFailure(() -> browser);

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(temp.resolve("data"), "wenping.demo-data=true");
        DemoYearLoaded.await(app.context);
        ApiClient admin = app.as("admin");
        admin.await("/api/ops/projections", WebApplicationIT::caughtUp);
        browser = Browser.start(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (app != null) app.close();
    }

    @Test
    void signsInThroughTheFormAndShowsWhoIsSignedIn() {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/"));
        waitFor(ExpectedConditions.urlContains("/login"));
        assertThat(page.getTitle()).isEqualTo("登录 · 稳评");
        page.findElement(By.id("username")).sendKeys("supervisor");
        page.findElement(By.id("password")).sendKeys("wrong");
        page.findElement(By.cssSelector("#login-form button")).click();
        assertThat(waitFor(By.id("message")).getText()).isEqualTo("用户名或密码不正确,请重新输入。");

        signInAs("supervisor");
        assertThat(waitFor(By.id("signed-in")).getText()).contains("王维稳", "维稳办", "市委维稳办");
        page.findElement(By.cssSelector(".sign-out button")).click();
        assertThat(waitFor(By.id("message")).getText()).isEqualTo("您已安全退出。");
        page.get(url("/matters"));
        waitFor(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void theOverviewShowsTheFiguresOfTheStatistics() {
        JsonNode stats = app.as("supervisor").get("/api/stats").json();
        signInAs("supervisor");
        waitForAll(By.cssSelector("#table-byStage tbody tr"));
        assertThat(text(By.cssSelector("#kpi-total .value"))).isEqualTo(stats.get("total").asText());
        assertThat(text(By.cssSelector("#kpi-open-risks .value"))).isEqualTo(stats.at("/openRisks/count").asText());
        assertThat(text(By.cssSelector("#kpi-overdue .value"))).isEqualTo(stats.at("/overdueFilings/count").asText());
        assertThat(text(By.cssSelector("#kpi-policy .value")))
                .isEqualTo(String.format("%.1f%%", stats.at("/policyShare/share").asDouble() * 100));
        for (String dimension : DIMENSIONS) {
            for (JsonNode tally : stats.get(dimension)) {
                By cell = By.cssSelector("tr[data-dimension='" + dimension + "'][data-code='" + tally.get("code").asText()
                        + "'] td.count");
                assertThat(text(cell)).as(dimension + " " + tally.get("label").asText()).isEqualTo(tally.get("count").asText());
            }
        }
        assertThat(browser.driver().findElements(By.cssSelector("#main canvas"))).isNotEmpty();
    }

    @Test
    void aRecordsTimelineIsItsDossierAndAnEarlierTimeShowsTheEarlierState() {
        String id = app.as("archivist").get("/api/matters?stage=TRACKING&size=1").json().at("/items/0/id").asText();
        JsonNode dossier = app.as("archivist").get("/api/matters/" + id + "/dossier").json();
        signInAs("archivist");
        browser.driver().get(url("/record?id=" + id));
        assertTheTimelineShows(dossier);

        int cut = firstEntryRecordedInALaterSecond(dossier.get("entries"));
        LocalDateTime asOf = LocalDateTime.ofInstant(Instant.parse(dossier.at("/entries/" + cut + "/recordedAt").asText()),
                CHINA).truncatedTo(ChronoUnit.SECONDS);
        JsonNode earlier = app.as("archivist").get("/api/matters/" + id + "/dossier?asOf="
                + asOf.atZone(CHINA).toInstant()).json();
        WebElement picker = browser.driver().findElement(By.id("as-of"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", picker, asOf.toString());
        browser.driver().findElement(By.id("as-of-submit")).click();
        waitFor(ExpectedConditions.urlContains("asOf="));
        assertThat(waitForAll(By.cssSelector("#timeline > li"))).hasSize(cut).hasSize(earlier.get("entries").size());
        assertThat(text(By.id("stage"))).isEqualTo(earlier.at("/facts/stage/label").asText());
        assertThat(text(By.id("as-of-note"))).startsWith("显示截至");
    }

    @Test
    void theCaseListShowsCasesAndACaseRecordsTimelineIsItsDossier() {
        JsonNode list = app.as("archivist").get("/api/cases?sort=-listedOn&size=20").json();
        signInAs("archivist");
        browser.driver().findElement(By.linkText("案件列表")).click();
        List<WebElement> rows = waitForAll(By.cssSelector("#cases tbody tr"));
        assertThat(list.get("total").asInt()).isPositive();
        assertThat(rows).hasSize(list.get("items").size());
        assertThat(text(By.id("summary"))).startsWith("共 " + list.get("total").asInt() + " 件");
        assertThat(rows.get(0).getAttribute("data-id")).isEqualTo(list.at("/items/0/id").asText());

        String id = list.at("/items/0/id").asText();
        JsonNode dossier = app.as("archivist").get("/api/cases/" + id + "/dossier").json();
        rows.get(0).findElement(By.linkText(list.at("/items/0/caseNumber").asText())).click();
        waitFor(ExpectedConditions.urlContains("/record?case="));
        assertTheTimelineShows(dossier);
        List<WebElement> persons = waitForAll(By.cssSelector("#persons > li"));
        assertThat(persons).extracting(person -> person.getAttribute("data-key-id"))
                .containsExactlyElementsOf(dossier.at("/facts/persons").findValuesAsText("keyId"));
    }

    @Test
    void aRecordShowsItsExportAndItsFourPropertiesItemByItem() {
        String id = app.as("archivist").get("/api/cases?size=1").json().at("/items/0/id").asText();
        JsonNode report = app.as("archivist").get("/api/cases/" + id + "/dossier/four-properties").json();
        signInAs("archivist");
        browser.driver().get(url("/record?case=" + id));
        List<WebElement> items = waitForAll(By.cssSelector("#four-properties tbody tr"));
        assertThat(items).hasSize(report.get("items").size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode expected = report.get("items").get(i);
            assertThat(items.get(i).getAttribute("data-result")).isEqualTo(expected.get("result").asText());
            assertThat(items.get(i).getText()).contains(expected.get("propertyLabel").asText(),
                    expected.get("item").asText(), expected.get("resultLabel").asText());
        }
        assertThat(browser.driver().findElement(By.id("export-link")).getAttribute("href"))
                .isEqualTo(url("/api/cases/" + id + "/dossier/export"));
        assertThat(browser.driver().findElements(By.id("integrity-warning"))).isEmpty();
    }

    @Test
    void theInspectorsPageListsAnInquirysFindingLinkedToTheEventsItCites() {
        JsonNode inquiry = app.as("inspector").get("/api/inquiries?subject=demo-case-02").json().get(0);
        JsonNode finding = inquiry.at("/findings/0");
        long cited = finding.at("/evidence/0").asLong();
        signInAs("inspector");
        browser.driver().get(url("/inspector?subject=demo-case-02"));
        WebElement shown = waitFor(By.cssSelector("#inquiries .finding"));
        assertThat(shown.getAttribute("data-finding-id")).isEqualTo(finding.get("findingId").asText());
        assertThat(shown.getText()).contains(finding.at("/breach/label").asText(), asShown(finding.get("statement").asText()));
        WebElement citedLink = shown.findElement(By.cssSelector(".evidence a[href$='#event-" + cited + "']"));
        assertThat(citedLink.getAttribute("textContent")).isEqualTo("#" + cited);
        citedLink.click();
        waitFor(ExpectedConditions.urlContains("/record?case=demo-case-02#event-" + cited));
        assertThat(waitFor(By.id("event-" + cited)).getAttribute("data-sequence")).isEqualTo(String.valueOf(cited));
    }

    /** The link is followed with the page's own session, as the browser follows it, bypassing its download bar. */
    @Test
    void theMonthlyTableDownloadsAsCsvFromAPlainLink() throws Exception {
        signInAs("supervisor");
        WebElement link = waitFor(By.id("csv-link"));
        assertThat(link.getAttribute("href")).contains("format=csv");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; ");
        assertThat(csv.body()).startsWith("\uFEFF行政区划代码,辖区,评估事项数");
    }

    @Test
    void aRefusedDecisionShowsTheRuleAtFaultAndWritesNothing() {
        JsonNode matter = app.as("decider").get("/api/matters?stage=REGISTERED&size=1").json().at("/items/0");
        String id = matter.get("id").asText();
        signInAs("decider");
        browser.driver().get(url("/record?id=" + id));
        WebElement form = waitFor(By.id("act-decision"));
        new Select(form.findElement(By.name("decision"))).selectByVisibleText("实施");
        form.findElement(By.name("meetingReference")).sendKeys("市政府常务会议2026年第9次");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement rule = waitFor(By.cssSelector("#act-decision .form-problem .rule"));
        assertThat(rule.getAttribute("data-rule")).isEqualTo("R1");
        assertThat(rule.getText()).contains("违反规则 R1「不评估不决策」", "R1_NOT_ASSESSED");
        assertThat(app.as("decider").get("/api/matters/" + id).json().get("version").asLong())
                .isEqualTo(matter.get("version").asLong());

        form.findElement(By.name("meetingReference")).clear();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement field = waitFor(By.id("act-decision-meetingReference-problem"));
        waitFor(ExpectedConditions.textToBePresentInElement(field, "FIELD_REQUIRED"));
    }

    /** The handler lists a 重大疑难复杂 case (named by the case view's labels), whose ruling R8 then refuses. */
    @Test
    void aHandlerListsACaseAndItsRulingShowsRuleR8() {
        signInAs("handler");
        browser.driver().get(url("/cases"));
        WebElement listing = waitFor(By.id("act-list-case"));
        listing.findElement(By.name("caseNumber")).sendKeys("(2026)甘0902民初999号");
        new Select(listing.findElement(By.name("organ"))).selectByVisibleText("法院");
        new Select(listing.findElement(By.name("caseClass"))).selectByVisibleText("重大疑难复杂");
        new Select(listing.findElement(By.name("stage"))).selectByVisibleText("受理");
        listing.findElement(By.name("summary")).sendKeys("土地承包经营权纠纷");
        listing.findElement(By.name("persons")).sendKeys("张某,原告");
        listing.findElement(By.name("caseLead")).sendKeys("caselead");
        listing.findElement(By.name("organHead")).sendKeys("organhead");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                listing.findElement(By.name("acceptedOn")), LocalDate.now(CHINA).toString());
        listing.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/record?case="));
        assertThat(text(By.id("stage"))).isEqualTo("已列入评估");
        assertThat(text(By.id("facts"))).contains("法院", "重大疑难复杂", "受理");

        WebElement ruling = waitFor(By.id("act-ruling"));
        new Select(ruling.findElement(By.name("kind"))).selectByVisibleText("判决");
        ruling.findElement(By.name("summary")).sendKeys("驳回诉讼请求");
        ruling.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement rule = waitFor(By.cssSelector("#act-ruling .form-problem .rule"));
        assertThat(rule.getAttribute("data-rule")).isEqualTo("R8");
        assertThat(rule.getText()).contains("违反规则 R8「风险未化解的不得裁决」", "R8_");
        String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]case=([^&#]+).*", "$1");
        assertThat(app.as("handler").get("/api/cases/" + id).json().get("version").asLong()).isZero();
    }

    /** The inspector opens an inquiry; a finding citing an event its subject does not have is refused at the field. */
    @Test
    void anInspectorOpensAnInquiryAndAFindingCitingNoEventOfItsSubjectIsRefusedBesideTheEvidence() {
        signInAs("inspector");
        browser.driver().get(url("/inspector?subject=demo-case-01"));
        WebElement opening = waitFor(By.id("act-open-inquiry"));
        assertThat(opening.findElement(By.name("subjectId")).getAttribute("value")).isEqualTo("demo-case-01");
        new Select(opening.findElement(By.name("reason"))).selectByVisibleText("审计或督查发现");
        opening.findElement(By.name("reasonText")).sendKeys("办案风险评估专项督查");
        opening.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("done="));
        String inquiry = waitFor(By.cssSelector("#inquiries .inquiry")).getAttribute("data-inquiry-id");
        assertThat(app.as("inspector").get("/api/inquiries?subject=demo-case-01").json().findValuesAsText("id"))
                .containsExactly(inquiry);

        WebElement finding = waitFor(By.id("act-" + inquiry + "-finding"));
        finding.findElement(By.name("person")).sendKeys("handler");
        new Select(finding.findElement(By.name("breach"))).selectByIndex(1);
        finding.findElement(By.name("evidence")).sendKeys("9999");
        finding.findElement(By.name("statement")).sendKeys("未按规定评估");
        finding.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement problem = waitFor(By.id("act-" + inquiry + "-finding-evidence-problem"));
        waitFor(ExpectedConditions.textToBePresentInElement(problem, "EVIDENCE_NOT_IN_SUBJECT"));
        assertThat(problem.getText()).contains("没有序号为 9999 的事件");
    }

    @Test
    void aTitleWithMarkupIsShownAsText() {
        String title = "<script>window.injected=1</script><b>粗体</b>标题";
        MatterId id = MatterId.random();
        Actor assessor = new Actor("assessor", "张评估", Role.ASSESSOR, "市发改委", new JurisdictionCode("620900"));
        app.bean(CommandGateway.class).sendAndWait(new RegisterMatterCommand(id, title, MatterCategory.PROJECT, "交通",
                        "市发改委", "市政府常务会议", new JurisdictionCode("620982"), Procedure.STANDARD,
                        AssessorMode.SELF, GradingScheme.THREE_LEVEL, LocalDate.now(CHINA)),
                MetaData.from(EventMetadata.of(assessor)));
        app.as("archivist").await("/api/matters/" + id.value(), response -> response.status() == 200);
        signInAs("archivist");
        browser.driver().get(url("/record?id=" + id.value()));
        assertThat(waitFor(By.id("title")).getText()).isEqualTo(title);
        browser.driver().get(url("/matters?q=" + "粗体"));
        assertThat(waitFor(By.cssSelector("#matters tbody a")).getText()).isEqualTo(title);
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        assertThat(script.executeScript("return window.injected === undefined && document.querySelectorAll('main b, main script').length === 0"))
                .isEqualTo(true);
    }

    /** The README's pictures, at a laptop's and a wall screen's size, into target/screenshots/. */
    @Test
    void takesTheScreenshotsOfTheReadme() {
        Path folder = Path.of("target", "screenshots");
        try {
            for (int[] size : new int[][]{{1366, 768}, {1920, 1080}}) {
                browser.resize(size[0], size[1]);
                signInAs("supervisor");
                waitFor(By.cssSelector("#monthly-table"));
                browser.screenshot(folder.resolve("overview-" + size[0] + ".png"));
                signInAs("archivist");
                browser.driver().get(url("/record?case=demo-case-02"));
                waitFor(By.cssSelector("#timeline > li"));
                waitFor(By.cssSelector("#four-properties tbody tr"));
                browser.screenshot(folder.resolve("record-" + size[0] + ".png"));
                signInAs("inspector");
                browser.driver().get(url("/inspector?person=decider"));
                waitFor(By.id("breach-summary"));
                waitFor(By.id("person-summary"));
                browser.screenshot(folder.resolve("inspector-" + size[0] + ".png"));
            }
        } finally {
            browser.resize(1366, 768);
        }
    }

    /** The record page's timeline has the dossier's entries, in order: who, what, when, the hash. */
    private static void assertTheTimelineShows(JsonNode dossier) {
        List<WebElement> entries = waitForAll(By.cssSelector("#timeline > li"));
        assertThat(entries).hasSize(dossier.get("entries").size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode expected = dossier.get("entries").get(i);
            WebElement shown = entries.get(i);
            assertThat(shown.getAttribute("data-event-id")).isEqualTo(expected.get("eventId").asText());
            assertThat(shown.getText()).contains(asShown(expected.get("description").asText()), expected.get("hash").asText(),
                    expected.at("/actor/displayName").asText(), expected.at("/actor/roleLabel").asText(),
                    chinese(LocalDate.parse(expected.get("businessDate").asText())));
        }
    }

    private static boolean caughtUp(ApiClient.Response response) {
        if (response.status() != 200) return false;
        for (JsonNode processor : response.json()) {
            if (processor.get("replaying").asBoolean()
                    || processor.get("position").asLong() < processor.get("head").asLong()) return false;
        }
        return true;
    }

    private static int firstEntryRecordedInALaterSecond(JsonNode entries) {
        for (int i = 1; i < entries.size(); i++) {
            Instant previous = Instant.parse(entries.get(i - 1).get("recordedAt").asText());
            Instant current = Instant.parse(entries.get(i).get("recordedAt").asText());
            if (current.truncatedTo(ChronoUnit.SECONDS).isAfter(previous)
                    && current.truncatedTo(ChronoUnit.SECONDS).isBefore(current)) return i;
        }
        throw new AssertionError("every entry was recorded within the same second as the one before");
    }

    static void signInAs(String user) {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/login"));
        waitFor(By.id("username")).sendKeys(user);
        page.findElement(By.id("password")).sendKeys("demo");
        page.findElement(By.cssSelector("#login-form button")).click();
        waitFor(By.id("signed-in"));
    }

    static String url(String path) {
        return "http://127.0.0.1:" + app.port + path;
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A text of the API as the pages show it: its ISO dates as 2026年8月27日 (common.js {@code chineseDates}). */
    static String asShown(String text) {
        return ISO_DATE.matcher(text).replaceAll(date -> chinese(LocalDate.parse(date.group())));
    }

    /** The text as the page holds it, also inside a closed {@code <details>}. */
    static String text(By locator) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(locator)).getAttribute("textContent").trim();
    }

    static WebElement waitFor(By locator) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    static List<WebElement> waitForAll(By locator) {
        return waitFor(ExpectedConditions.presenceOfAllElementsLocatedBy(locator));
    }

    static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(condition);
    }
}
