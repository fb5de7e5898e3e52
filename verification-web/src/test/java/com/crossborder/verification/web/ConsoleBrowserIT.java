package com.crossborder.verification.web;

import static com.crossborder.verification.web.Applicants.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.web.Applicants.Phone;
import com.crossborder.verification.web.browser.BrowserTest;
import com.crossborder.verification.web.browser.Screen;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The staff console in a real browser (Debian's chromium, headless), as its users work in it: found by the labels
 * they read, checked with axe-core on every screen, screenshots of each screen at 1280×800 and 1920×1080 kept under
 * target/screenshots/review/. One deployment and one browser for all of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class ConsoleBrowserIT {

    private static final String STAFF_PASSWORD = "Console-pass-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private Screen screen(ChromeDriver driver) {
        return new Screen(driver, deployment.toString()).forgetEverything();
    }

    private static String zh(Reason reason) {
        return reason.message(Locale.SIMPLIFIED_CHINESE);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A staff account made through the API; returns its username (the password is STAFF_PASSWORD). */
    private String staff(String role, String outletCode) {
        String username = role.toLowerCase(Locale.ROOT).replace("_", "") + suffix();
        var body = Json.createObjectBuilder()
                .add("username", username)
                .add("password", STAFF_PASSWORD)
                .add("role", role)
                .add("document", Applicants.staffDocument());
        if (outletCode != null) {
            body.add("outletCode", outletCode);
        }
        api().post("api/v1/admin/staff", body.build().toString(), api().adminToken())
                .expect(201);
        return username;
    }

    private String outlet() {
        String code = "BR-" + suffix().toUpperCase(Locale.ROOT);
        api().post(
                        "api/v1/admin/outlets",
                        json("code", code, "name", "福田口岸服务点", "address", "深圳市福田区"),
                        api().adminToken())
                .expect(201);
        return code;
    }

    @Test
    void theFrontDoorLeadsToASignInThatWorksByKeyboardAndExplainsAWrongPassword(ChromeDriver driver) {
        Screen screen = screen(driver);
        driver.get(deployment.toString());
        screen.waitForLanguage();
        assertTrue(driver.getCurrentUrl().endsWith("/console/"), driver.getCurrentUrl());
        screen.assertTitleIs("中港通卡实名认证 · 工作台");
        assertEquals("工作人员登录", screen.heading());
        screen.review("sign-in");
        // The page starts in the username field; before it come the language switch and, first of all, the skip link,
        // which shows itself when it has the focus.
        assertEquals(screen.field("用户名"), driver.switchTo().activeElement());
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB, Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("跳到主要内容", skip.getText());
        assertTrue(skip.getRect().getX() >= 0, "the skip link is on screen when focused");

        screen.type("用户名", "admin").type("密码", "Not-the-password-1").click("登录");
        String refusal = screen.alert();
        assertTrue(refusal.contains(zh(Reason.INVALID_CREDENTIALS)), refusal);
        assertFalse(refusal.contains("{") || refusal.contains("\"code\""), refusal);
        screen.screenshot("sign-in-refused");

        // Keyboard only: type, Tab to the password, Enter to sign in; the focused control shows a visible ring.
        WebElement username = screen.field("用户名");
        username.clear();
        username.sendKeys("admin", Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(screen.field("密码"), focused);
        assertNotEquals("none", focused.getCssValue("outline-style"));
        focused.sendKeys(System.getProperty("verification.admin.password"), Keys.ENTER);
        screen.waitForHeading("夜间任务");
        assertEquals("admin", driver.findElement(By.id("who-name")).getText());
        assertEquals("管理员", driver.findElement(By.id("who-role")).getText());
        screen.assertNoBrowserErrors();
    }

    @Test
    void aReviewerWorksACaseFromTheQueueToApproval(ChromeDriver driver) {
        String reviewer = staff("REVIEWER", null);
        String number = Applicants.residentId(LocalDate.of(1990, 3, 7));
        OnlineFlow.Ready application = new OnlineFlow(deployment).submitted(number, "2036-03-07");
        // Far past its deadline: first in the queue, whatever else other tests left waiting, and marked overdue.
        ItRecords.deadlinePassedHoursAgo(application.applicationId(), 24 * 365);
        String masked = number.substring(0, 4) + "**********" + number.substring(14);

        Screen screen = screen(driver).signIn(reviewer, STAFF_PASSWORD);
        screen.waitForHeading("待审队列").waitForText(masked);
        WebElement row = driver.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(masked))
                .findFirst()
                .orElseThrow();
        assertTrue(row.getText().contains("已超时"), row.getText());
        assertTrue(row.getText().contains("未认领"), row.getText());
        screen.review("review-queue");

        row.findElement(By.partialLinkText("查看")).click();
        screen.waitForHeading("审核申请").waitForText(masked);
        assertTrue(driver.getCurrentUrl().endsWith("#/review/" + application.applicationId()));
        assertFalse(driver.getTitle().contains(number.substring(0, 4) + "*"), driver.getTitle());
        assertTrue(screen.text().contains("认领后可查看照片"));
        screen.click("认领").waitForText("您已认领");

        // The three photos side by side, labelled, loaded from the API with the token; zoom and rotate work.
        for (String caption : List.of("证件正面", "证件背面", "本人照片")) {
            WebElement image =
                    screen.find(() -> driver.findElements(By.cssSelector("img[alt='" + caption + "']")).stream()
                            .filter(img -> (Long) screen.script("return arguments[0].naturalWidth", img) > 0)
                            .findFirst());
            assertTrue(image.getAttribute("src").startsWith("blob:"), image.getAttribute("src"));
        }
        WebElement face = driver.findElement(By.cssSelector("img[alt='本人照片']"));
        WebElement faceTools = face.findElement(By.xpath("ancestor::figure"));
        screen.button(faceTools, "放大").click();
        screen.button(faceTools, "向右旋转").click();
        assertTrue(face.getAttribute("style").contains("rotate(90deg)"), face.getAttribute("style"));
        assertTrue(face.getAttribute("style").contains("width: 125%"), face.getAttribute("style"));
        screen.review("review-case-claimed");

        // Rejecting without a reason is caught before anything is sent.
        screen.click("驳回");
        screen.waitForText("请选择驳回原因。");
        assertTrue(screen.text().contains("照片不清晰"), "the reasons come from the taxonomy");

        screen.type("备注（可选）", "证件照片与本人一致，信息核对无误。");
        screen.click("通过");
        assertTrue(screen.dialog().getText().contains("确认通过此申请"));
        screen.confirm("通过");
        screen.waitForText("已通过。中港通卡已完成实名认证");
        screen.waitForText("证件照片与本人一致");
        screen.review("review-case-approved");

        JsonObject decided = api().get("api/v1/applications/" + application.applicationId(), application.token())
                .expect(200)
                .json();
        assertEquals("APPROVED", decided.getString("status"));
        assertEquals(List.of("token"), screen.storage().get("session"));
        assertEquals(List.of(), screen.storage().get("local"));
        screen.assertNoBrowserErrors();
    }

    @Test
    void aReviewerSeesTheRecordAndScansOfACaseAnOutletReferred(ChromeDriver driver) throws Exception {
        String outlet = outlet();
        String clerk = api().login(staff("OUTLET_STAFF", outlet), STAFF_PASSWORD);
        String livePhoto = scan(clerk, TestImages.png(TestImages.card(1280, 800)), "image/png");
        String powerOfAttorney = scan(clerk, powerOfAttorneyPdf(), "application/pdf");
        String number = Applicants.residentId(LocalDate.of(1984, 8, 8));
        JsonObject referred = api().post(
                        "api/v1/outlet/applications",
                        Json.createObjectBuilder()
                                .add(
                                        "holder",
                                        Json.createObjectBuilder()
                                                .add("name", "陈大文")
                                                .add(
                                                        "document",
                                                        Json.createObjectBuilder()
                                                                .add("documentType", "CN_RESIDENT_ID")
                                                                .add("documentNumber", number)
                                                                .add("issueDate", "2014-08-08")
                                                                .add("expiryDate", "2034-08-08")))
                                .add("cardNumber", OnlineFlow.cardNumber())
                                .add("contactPhone", Phone.fresh().spelled())
                                .add("originalSeen", true)
                                .add("faceMatch", true)
                                .add("livePhotoScanId", livePhoto)
                                .add("referToBackOffice", true)
                                .add(
                                        "agent",
                                        Json.createObjectBuilder()
                                                .add("name", "陈太")
                                                .add(
                                                        "document",
                                                        Json.createObjectBuilder()
                                                                .add("documentType", "CN_EEP_HKMO")
                                                                .add("documentNumber", "C12345678")
                                                                .add("expiryDate", "2031-01-01"))
                                                .add("relationship", "SPOUSE")
                                                .add(
                                                        "powerOfAttorney",
                                                        Json.createObjectBuilder()
                                                                .add("scanId", powerOfAttorney)
                                                                .add(
                                                                        "validUntil",
                                                                        LocalDate.now()
                                                                                .plusMonths(2)
                                                                                .toString())))
                                .build()
                                .toString(),
                        clerk)
                .expect(201)
                .json();
        assertEquals("REFERRED", referred.getString("status"), referred::toString);

        Screen screen = screen(driver).signIn(staff("REVIEWER", null), STAFF_PASSWORD);
        screen.open("#/review/" + referred.getString("id")).waitForHeading("审核申请");
        screen.waitForText("网点转交").waitForText("认领后可查看网点办理记录和扫描件。");
        screen.click("认领").waitForText(referred.getString("reference"));
        screen.waitForText("陈**").waitForText("配偶").waitForText("授权委托书有效期至");
        WebElement live = screen.find(() -> driver.findElements(By.cssSelector("img[alt='现场照片']")).stream()
                .filter(img -> (Long) screen.script("return arguments[0].naturalWidth", img) > 0)
                .findFirst());
        assertTrue(live.getAttribute("src").startsWith("blob:"));
        assertEquals(List.of(), driver.findElements(By.cssSelector("img[alt='证件正面']")), "no online photos");
        screen.review("review-case-referred");

        String before = driver.getWindowHandle();
        screen.click("打开授权委托书");
        String pdf = openedDocument(screen, before);
        assertTrue(pdf.startsWith("blob:") && pdf.endsWith("|application/pdf"), pdf);
        screen.assertNoBrowserErrors();
    }

    @Test
    void anOutletClerkServesAHolderWithAnAgentAndOpensTheLetter(ChromeDriver driver) throws Exception {
        String outlet = outlet();
        String clerk = staff("OUTLET_STAFF", outlet);
        Path files = Files.createDirectories(Path.of("target", "browser-files"));
        Path livePhoto = files.resolve("live-photo.png");
        Files.write(livePhoto, TestImages.png(TestImages.card(1280, 800)));
        Path powerOfAttorney = files.resolve("power-of-attorney.pdf");
        Files.write(powerOfAttorney, powerOfAttorneyPdf());
        String number = Applicants.residentId(LocalDate.of(1986, 5, 20));

        Screen screen = screen(driver).signIn(clerk, STAFF_PASSWORD);
        screen.waitForHeading("网点受理");
        screen.review("counter-empty");
        WebElement holder = section(driver, "持卡人");
        screen.type(holder, "姓名", "黄小明");
        screen.choose(holder, "证件类型", "居民身份证");
        // A mistyped check character is caught while typing, in words.
        String mistyped = number.substring(0, 17) + (number.charAt(17) == '1' ? "2" : "1");
        screen.type(holder, "证件号码", mistyped);
        screen.waitForText(zh(Reason.INVALID_CHECK_CHARACTER));
        screen.type(holder, "证件号码", number);
        screen.waitForText("✓ 证件信息校验通过");
        screen.type(holder, "签发日期", "2016-05-20").type(holder, "有效期至", "2036-05-20");
        screen.type("中港通卡号", OnlineFlow.cardNumber());
        screen.type("联系电话", Phone.fresh().spelled());
        screen.tick("已核验证件原件").tick("人证比对一致");
        screen.field("现场照片（可选）").sendKeys(livePhoto.toAbsolutePath().toString());
        screen.tick("由代理人代为办理");
        WebElement agent = driver.findElement(By.xpath("//fieldset[legend[normalize-space()='代理人']]"));
        screen.type(agent, "姓名", "黄大明");
        screen.choose(agent, "证件类型", "往来港澳通行证");
        screen.type(agent, "证件号码", "C" + String.format("%08d", (int) (Math.random() * 100_000_000)));
        screen.type(agent, "有效期至", "2032-01-01");
        screen.choose(agent, "与持卡人关系", "配偶");
        screen.field(agent, "授权委托书扫描件")
                .sendKeys(powerOfAttorney.toAbsolutePath().toString());
        screen.type(agent, "授权委托书有效期至", LocalDate.now().plusMonths(3).toString());
        screen.until(() -> screen.text().split("✓ 已上传", -1).length == 3);
        screen.review("counter-filled");

        screen.click("提交");
        screen.waitForText("办理通过，中港通卡已完成实名认证");
        String reference = driver.findElement(By.cssSelector(".reference")).getText();
        assertTrue(reference.startsWith("ZG"), reference);
        assertEquals("", screen.field(holder, "证件号码").getAttribute("value"), "the form is ready for the next");
        screen.review("counter-approved");

        String before = driver.getWindowHandle();
        screen.click("打印确认函");
        String letter = openedDocument(screen, before);
        assertTrue(letter.startsWith("blob:") && letter.endsWith("|application/pdf"), letter);

        screen.clickLink("网点日报");
        screen.waitForHeading("网点日报").waitForText("网点 " + outlet);
        assertTrue(screen.text().contains(clerk), screen.text());
        screen.review("counter-report");
        screen.assertNoBrowserErrors();
    }

    @Test
    void anExpiredSignInAsksForThePasswordAgainAndKeepsWhatWasTyped(ChromeDriver driver) {
        String clerk = staff("OUTLET_STAFF", outlet());
        Screen screen = screen(driver).signIn(clerk, STAFF_PASSWORD);
        screen.waitForHeading("网点受理");
        WebElement holder = section(driver, "持卡人");
        String card = OnlineFlow.cardNumber();
        screen.type(holder, "姓名", "林美玲")
                .type(holder, "证件号码", Applicants.residentId(LocalDate.of(1992, 2, 2)))
                .type(holder, "签发日期", "2018-02-02")
                .type(holder, "有效期至", "2038-02-02")
                .type("中港通卡号", card)
                .type("联系电话", Phone.fresh().spelled())
                .tick("已核验证件原件");
        // The token runs out (or is revoked) while the clerk is typing; 人证比对一致 is left unticked on purpose.
        screen.script("sessionStorage.setItem('token', 'expired.token.value')");
        screen.click("提交");
        WebElement dialog = screen.dialog();
        assertTrue(dialog.getText().contains("登录已过期"), dialog.getText());
        assertTrue(dialog.getText().contains("您已填写的内容不会丢失"));
        screen.review("session-expired");
        assertEquals(card, screen.field("中港通卡号").getAttribute("value"));
        screen.field(dialog, "密码").sendKeys(STAFF_PASSWORD);
        screen.button(dialog, "登录").click();
        // The request went out again with what was typed: decided on the spot, refused with its reason in words.
        screen.waitForText("未通过").waitForText(zh(Reason.FACE_MISMATCH));
        screen.review("counter-refused");
        assertNotEquals("expired.token.value", screen.script("return sessionStorage.getItem('token')"));
    }

    @Test
    void anAdminRunsANightlyJobWatchesItStopsAndRestartsItAndReadsItsReport(ChromeDriver driver) {
        String marker = "console-" + suffix() + "-";
        int seeded = ItRecords.seedSubmitted(1200, marker, LocalDate.now().plusYears(3));
        try {
            Screen screen = screen(driver).signIn("admin", System.getProperty("verification.admin.password"));
            screen.waitForHeading("夜间任务").waitForText("待审申请筛查");
            screen.review("jobs");
            screen.clickLink("运行记录");
            screen.waitForHeading("待审申请筛查");
            // Small chunks in one partition, so that the run lasts long enough to be watched and stopped.
            screen.type("每批条数（可选）", "4").type("并行分区数（可选）", "1").click("立即运行");

            screen.waitForText("运行中：已用时");
            // The count moves while the run goes on, before any step has ended.
            screen.until(() -> !screen.text().contains("已处理 0 条"));
            assertTrue(driver.getCurrentUrl().matches(".*#/admin/jobs/pending-review/[0-9]+$"), driver.getCurrentUrl());
            assertTrue(driver.findElement(By.tagName("progress")).isDisplayed());
            screen.review("job-running");
            screen.click("停止");
            screen.confirm("停止");
            screen.waitForText("运行结束：已停止");
            assertTrue(ItRecords.seededInReview(marker) < seeded, "stopped before the end");

            screen.click("重新启动");
            screen.confirm("重新启动");
            // a restarted run on a busy machine takes longer than one patience
            for (int wait = 0; wait < 8 && !screen.text().contains("运行结束：已完成"); wait++) {
                try {
                    screen.until(() ->
                            screen.text().contains("运行结束：已完成") || screen.text().contains("COMPLETED"));
                } catch (TimeoutException stillRunning) {
                    // look again
                }
            }
            screen.waitForText("COMPLETED");
            assertEquals(seeded, ItRecords.seededInReview(marker), "every application screened once restarted");
            WebElement steps = driver.findElement(By.xpath("//section[h2[normalize-space()='各步骤']]//table"));
            assertTrue(steps.getText().contains("筛查") && steps.getText().contains("超时升级"), steps.getText());
            WebElement outcomes = driver.findElement(By.xpath("//section[h2[normalize-space()='处理结果统计']]//table"));
            assertTrue(outcomes.getText().contains("进入待审队列"), outcomes.getText());
            WebElement chart = driver.findElement(By.cssSelector("svg.chart"));
            assertEquals("img", chart.getAttribute("role"));
            assertTrue(chart.getAttribute("aria-label").contains("筛查"), chart.getAttribute("aria-label"));
            assertEquals(2, chart.findElements(By.cssSelector("rect.bar")).size());
            screen.review("job-run");

            screen.clickLink("← 返回运行记录");
            screen.waitForText("最近运行").waitForText("每秒处理条数（最近运行）");
            WebElement runs = driver.findElement(By.xpath("//section[h2[normalize-space()='最近运行']]//table"));
            assertTrue(runs.getText().contains("已停止") && runs.getText().contains("已完成"), runs.getText());
            assertTrue(driver.findElements(By.cssSelector("svg.chart rect.bar")).size() >= 2);
            screen.review("job-runs");
            screen.assertNoBrowserErrors();
        } finally {
            ItRecords.removeSeeded(marker);
        }
    }

    @Test
    void theLanguageSwitchRelabelsTheConsoleAndTheServersMessagesFollowIt(ChromeDriver driver) {
        Screen screen = screen(driver);
        screen.choose("语言 (Language)", "English");
        screen.waitForText("Staff sign-in");
        screen.field("Username");
        screen.field("Password");
        screen.button("Sign in");
        screen.assertTitleIs("Cross-border card verification · Staff console");
        assertEquals("en", screen.script("return document.documentElement.lang"));
        screen.type("Username", "admin").type("Password", "Not-the-password-1").click("Sign in");
        String refusal = screen.alert();
        assertTrue(refusal.contains(Reason.INVALID_CREDENTIALS.message(Locale.ENGLISH)), refusal);
        screen.review("sign-in-english");

        // Remembered in a cookie (not personal data), nowhere else; a new page opens in English.
        screen.open("");
        screen.waitForText("Staff sign-in");
        assertTrue(String.valueOf(screen.storage().get("cookies")).contains("lang=en"));
        assertEquals(List.of(), screen.storage().get("local"));

        screen.choose("Language (语言)", "繁體中文");
        screen.waitForText("工作人員登錄");
        screen.field("用戶名");
        screen.review("sign-in-traditional");

        screen.choose("語言 (Language)", "简体中文");
        screen.waitForText("工作人员登录");
        screen.signIn("admin", System.getProperty("verification.admin.password"));
        screen.choose("语言 (Language)", "English");
        screen.waitForHeading("Nightly jobs").waitForText("Screening of submitted applications");
        screen.clickLink("Holidays");
        screen.waitForHeading("Holiday calendar");
        screen.review("holidays-english");
        screen.choose("Language (语言)", "简体中文");
        screen.waitForHeading("节假日");
    }

    @Test
    void theAdminScreensWorkAndShowTheServersProblemsInWords(ChromeDriver driver) {
        Screen screen = screen(driver).signIn("admin", System.getProperty("verification.admin.password"));

        screen.clickLink("服务网点").waitForHeading("服务网点");
        String code = "UI-" + suffix().toUpperCase(Locale.ROOT);
        screen.type("网点编号", code).type("网点名称", "皇岗口岸服务点").type("地址", "深圳市福田区皇岗路");
        screen.click("开设网点").waitForText("已开设网点 " + code);
        screen.type("网点编号", code).type("网点名称", "重复").type("地址", "重复");
        screen.click("开设网点");
        assertTrue(screen.alert().contains(zh(Reason.OUTLET_CODE_TAKEN)), screen.alert());
        screen.review("outlets");

        screen.clickLink("工作人员").waitForHeading("工作人员");
        String username = "clerk" + suffix();
        screen.type("用户名", username).type("初始密码", STAFF_PASSWORD);
        screen.choose("角色", "网点工作人员");
        screen.choose("所属网点", "皇岗口岸服务点 (" + code + ")");
        // the staff member's own document: nobody may serve their own identity
        screen.choose("本人证件类型", "居民身份证");
        screen.type("本人证件号码", Applicants.residentId(LocalDate.of(1984, 2, 29)));
        screen.click("创建账户").waitForText("已创建账户 " + username);
        screen.review("staff");

        screen.clickLink("节假日").waitForHeading("节假日");
        int year = LocalDate.now().getYear() + 3;
        screen.type("年份", Integer.toString(year)).click("读取");
        screen.type("添加节假日", year + "-10-01").click("添加");
        screen.waitForText(year + "-10-01");
        screen.click("保存").waitForText(year + " 年的节假日已保存。");
        JsonObject calendar = api().get("api/v1/admin/holidays/" + year, api().adminToken())
                .expect(200)
                .json();
        assertTrue(calendar.toString().contains(year + "-10-01"), calendar::toString);
        screen.review("holidays");

        screen.clickLink("审计日志").waitForHeading("审计日志").waitForText("哈希链完整");
        screen.type("操作代码", "OUTLET_OPENED").click("查询");
        screen.waitForText(code);
        screen.review("audit");

        screen.clickLink("Webhook 通知").waitForHeading("Webhook 通知");
        screen.review("webhooks");
        screen.clickLink("客服查询").waitForHeading("客服查询");
        screen.type("手机号码", "13800138000").type("查询原因", "来电咨询");
        screen.click("查询");
        screen.review("support");
        // Whatever the server answers (a match list, or a problem while an endpoint is missing), never raw JSON.
        assertFalse(screen.text().contains("\"code\""), screen.text());

        // Screens reached from a list, opened directly by their address (ids only), and the password screen.
        screen.open("#/support/" + UUID.randomUUID()).waitForHeading("持卡人详情");
        assertFalse(screen.alert().contains("{"));
        screen.review("support-holder-unknown");
        screen.open("#/admin/webhooks/" + UUID.randomUUID()).waitForHeading("投递记录");
        assertFalse(screen.alert().contains("{"));
        screen.review("webhook-deliveries");
        screen.clickLink("修改密码");
        screen.waitForHeading("修改密码");
        screen.type("当前密码", "Whatever-1").type("新密码", "Another-pass-2").type("再次输入新密码", "Different-pass-3");
        screen.click("确认修改");
        screen.waitForText("两次输入的新密码不一致。");
        screen.review("account");
        screen.assertNoBrowserErrors();
    }

    @Test
    void customerServiceFindsALockedHolderSendsAResetCodeAndUnlocksThem(ChromeDriver driver)
            throws InterruptedException {
        Phone phone = Phone.fresh();
        Applicants.register(api(), phone, "Holder-pass-1");
        for (int i = 0; i < 5; i++) {
            api().post("api/v1/auth/token", json("username", phone.spelled(), "password", "Wrong-pass-1"), null);
        }
        assertEquals(
                429,
                api().post("api/v1/auth/token", json("username", phone.spelled(), "password", "Holder-pass-1"), null)
                        .status());

        String service = staff("CUSTOMER_SERVICE", null);
        Screen screen = screen(driver).signIn(service, STAFF_PASSWORD);
        screen.waitForHeading("客服查询");
        screen.type("手机号码", phone.digits()).type("查询原因", "来电反映无法登录");
        screen.click("查询");
        screen.waitForText(phone.masked());
        screen.review("support-results");
        screen.clickLink("查看详情");
        screen.waitForHeading("持卡人详情").waitForText("注册验证码").waitForText("账号锁定提醒");
        assertFalse(driver.getCurrentUrl().contains(phone.digits()));
        screen.review("support-holder");

        Thread.sleep(2_000); // the resend cooldown since the registration code
        screen.click("发送重置密码验证码");
        screen.type(screen.dialog(), "操作原因", "持卡人来电忘记密码");
        screen.confirm("发送重置密码验证码");
        screen.waitForText("已发送重置密码验证码。");
        assertEquals("RESET_PASSWORD_CODE", ItDatabase.lastSmsTo(phone).template());

        screen.click("解锁登录");
        screen.type(screen.dialog(), "操作原因", "核实身份后解锁");
        screen.confirm("解锁登录");
        screen.waitForText("已解锁，持卡人现在可以登录。");
        api().post("api/v1/auth/token", json("username", phone.spelled(), "password", "Holder-pass-1"), null)
                .expect(200);
    }

    /** The section (panel) whose heading is this text. */
    private static WebElement section(ChromeDriver driver, String heading) {
        return driver.findElement(By.xpath("//section[h2[normalize-space()='" + heading + "']]"));
    }

    /**
     * The document a click opened in a new tab: switches to it, notes its address (a blob: URL the console made from
     * what the API answered) and the type the browser gave the document, closes the tab and returns "address|type".
     */
    private static String openedDocument(Screen screen, String consoleWindow) {
        ChromeDriver driver = screen.driver();
        screen.until(() -> driver.getWindowHandles().size() > 1);
        List<String> handles = new ArrayList<>(driver.getWindowHandles());
        handles.remove(consoleWindow);
        driver.switchTo().window(handles.get(0));
        screen.until(() -> !"about:blank".equals(driver.getCurrentUrl()));
        String opened = driver.getCurrentUrl() + "|" + driver.executeScript("return document.contentType");
        driver.close();
        driver.switchTo().window(consoleWindow);
        return opened;
    }

    private String scan(String token, byte[] content, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(deployment + "api/v1/outlet/scans"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", type)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getString("scanId");
    }

    private static byte[] powerOfAttorneyPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Power of attorney"));
        document.close();
        return out.toByteArray();
    }
}
