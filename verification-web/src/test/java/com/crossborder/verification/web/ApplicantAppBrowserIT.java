package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.web.Applicants.Phone;
import com.crossborder.verification.web.browser.BrowserExtension;
import com.crossborder.verification.web.browser.BrowserTest;
import com.crossborder.verification.web.browser.Chrome;
import com.crossborder.verification.web.browser.Chrome.Viewport;
import com.crossborder.verification.web.browser.Screen;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The applicant's app (/app/) on a phone: headless chromium emulating a 390×844 phone, the controls found by the
 * labels an applicant reads, axe-core on every screen, whole-page screenshots under target/screenshots/app/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest(phone = true)
class ApplicantAppBrowserIT {

    private static final String PASSWORD = "Holder-pass-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Screen phone(ChromeDriver driver, Viewport viewport) {
        Screen screen = new Screen(driver, deployment.toString()).forgetEverythingInApp();
        Chrome.emulatePhone(driver, viewport);
        return screen;
    }

    private static String zh(Reason reason) {
        return reason.message(Locale.SIMPLIFIED_CHINESE);
    }

    /** A picture as a file on the phone (JPEG), for the file input. */
    private static Path file(String name, BufferedImage image) {
        try {
            Path dir = BrowserExtension.screenshotsDir().getParent().resolve("phone-photos");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".jpg").toAbsolutePath();
            Files.write(file, TestImages.jpeg(image));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The photo box that carries this caption (证件正面, 证件背面, 本人照片). */
    private static WebElement photoBox(Screen screen, String caption) {
        return screen.find(() -> screen.driver().findElements(By.cssSelector("article.photo")).stream()
                .filter(box ->
                        box.findElement(By.tagName("h3")).getText().strip().equals(caption))
                .findFirst());
    }

    /** Chooses the picture in the photo box's file input and waits for the verdict beside it. */
    private static String upload(Screen screen, String caption, Path picture) {
        WebElement box = photoBox(screen, caption);
        // Forget the verdict of an earlier photo in this box: the next one is what the app says about this picture.
        screen.script("arguments[0].dataset.state = 'chosen'", box);
        WebElement input = box.findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(picture.toString());
        screen.until(() -> List.of("accepted", "refused").contains(box.getAttribute("data-state")));
        return box.findElement(By.cssSelector(".verdict")).getText();
    }

    /** A select or input found by its label even when the label is only for screen readers. */
    private static WebElement labelled(Screen screen, String label) {
        return screen.find(() -> screen.driver().findElements(By.tagName("label")).stream()
                .filter(element -> element.getAttribute("textContent").strip().equals(label))
                .findFirst()
                .map(element -> screen.driver().findElement(By.id(element.getAttribute("for")))));
    }

    @Test
    void anApplicantRegistersAddsACardSendsThreePhotosDeclaresConsentsAndSeesTheStatus(ChromeDriver driver) {
        Screen screen = phone(driver, Viewport.PHONE);
        screen.assertTitleIs("登录 · 中港通卡实名认证");
        assertEquals("登录", screen.heading());
        screen.reviewWholePage("01-sign-in");

        // 注册: the code button counts down as long as the server asks, the password rules show before sending.
        screen.clickLink("没有账号？注册");
        screen.waitForHeading("注册");
        Phone phone = Phone.fresh();
        screen.type("手机号", phone.spelled());
        assertTrue(screen.text().contains("8 至 64 个字符"), "the password rules are shown before anything is sent");
        screen.click("获取验证码");
        WebElement resend = screen.find(() -> driver.findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().contains("秒后重新获取"))
                .findFirst());
        // The tests' server asks for 2 s between codes (VERIFICATION_SMS_RESEND_COOLDOWN), not the default 60 s.
        List<?> counting = (List<?>) screen.script("return [arguments[0].disabled, arguments[0].textContent]", resend);
        if (String.valueOf(counting.get(1)).contains("秒")) {
            assertEquals(true, counting.get(0), "no second code before the server's wait is over");
            assertTrue(String.valueOf(counting.get(1)).matches("[12] 秒后重新获取"), String.valueOf(counting.get(1)));
        }
        screen.until(() -> resend.isEnabled() && resend.getText().equals("获取验证码"));
        screen.type("验证码", ItDatabase.lastSmsTo(phone).code());
        screen.type("密码", "onlyletters");
        screen.click("注册");
        screen.waitForText("密码不符合要求：同时包含字母和数字。");
        assertEquals(screen.field("密码"), driver.switchTo().activeElement(), "the focus goes to the field to fix");
        screen.reviewWholePage("02-register-password-rules");
        screen.type("密码", PASSWORD);
        screen.click("注册");

        // 我的卡片: 添加卡片 with the card's check code.
        screen.waitForHeading("我的卡片");
        screen.waitForText("注册成功");
        assertEquals(1, ItDatabase.accountsWith(phone));
        String cardNumber = OnlineFlow.cardNumber();
        // The card operator's registry knows the card, with the check code printed on it.
        ItRecords.cardRegistered(cardNumber, ItRecords.CHECK_CODE, "ACTIVE");
        screen.type("卡号", cardNumber).type("卡片校验码", ItRecords.CHECK_CODE);
        screen.click("添加卡片");
        screen.waitForText("卡片已添加。").waitForText(cardNumber).waitForText("未认证");
        screen.reviewWholePage("03-cards");
        screen.click("开始实名认证");
        screen.waitForHeading("实名认证申请");
        String applicationUrl = driver.getCurrentUrl();
        assertTrue(applicationUrl.matches(".*#/applications/[0-9a-f-]{36}$"), applicationUrl);
        screen.reviewWholePage("04-application-empty");

        // A picture of a wall is refused in words, beside it, with what to do; a real face is then accepted. The
        // phone sends at most about 2 megapixels, whatever the camera took.
        String refused =
                upload(screen, "本人照片", file("wall", TestImages.scaled(TestImages.photo("brick.png"), 800, 800)));
        assertTrue(refused.contains("照片未通过检查"), refused);
        assertTrue(refused.contains(zh(Reason.PHOTO_NO_FACE)), refused);
        assertEquals(
                "polite",
                photoBox(screen, "本人照片").findElement(By.cssSelector(".verdict")).getAttribute("aria-live"));
        screen.reviewWholePage("05-face-refused");
        assertTrue(upload(screen, "证件正面", file("front", TestImages.card(1600, 1000)))
                .contains("照片合格"));
        assertTrue(upload(screen, "证件背面", file("back", TestImages.card(1600, 1000)))
                .contains("照片合格"));
        String face = upload(
                screen, "本人照片", file("face", TestImages.scaled(TestImages.photo("grace_hopper.jpg"), 2048, 2400)));
        assertTrue(face.contains("照片合格"), face);
        WebElement preview = photoBox(screen, "本人照片").findElement(By.tagName("img"));
        long pixels = (Long) screen.script("return arguments[0].naturalWidth * arguments[0].naturalHeight", preview);
        assertTrue(pixels <= 2_000_000 && pixels > 1_500_000, "sent " + pixels + " pixels of 4.9 million");
        assertTrue(preview.getAttribute("src").startsWith("blob:"));

        // The identity form is checked as it is typed, through the public validation.
        String number = Applicants.residentId(LocalDate.of(1990, 3, 7));
        String wrongCheck = number.substring(0, 17) + (number.endsWith("0") ? "1" : "0");
        screen.type("姓名", "张三");
        new Select(screen.field("证件类型")).selectByVisibleText("居民身份证");
        screen.type("证件号码", wrongCheck);
        screen.waitForText(zh(Reason.INVALID_CHECK_CHARACTER));
        screen.type("证件号码", number);
        String masked = number.substring(0, 4) + "**********" + number.substring(14);
        screen.waitForText("号码有效：" + masked);
        assertFalse(screen.text().contains(zh(Reason.INVALID_CHECK_CHARACTER)));
        screen.type("签发日期", "2016-03-07").type("有效期至", "2036-03-07");
        screen.click("保存证件信息");
        screen.waitForText("证件信息已保存。");

        // The consent text comes from the server, versioned; 提交 without accepting it says so and takes the focus.
        screen.waitForText("个人敏感信息处理授权").waitForText("授权文本版本：2026-01");
        screen.click("提交");
        screen.waitForText("请阅读并勾选同意授权");
        assertTrue(driver.switchTo().activeElement().getText().contains("还不能提交"));
        screen.reviewWholePage("06-application-filled");
        screen.tick("我已阅读并同意以上授权");
        screen.click("提交");

        // 申请进度: the status, the deadline, the history.
        screen.waitForHeading("申请进度");
        screen.waitForText("已提交").waitForText("预计完成审核").waitForText("提交申请").waitForText(masked);
        assertEquals(applicationUrl, driver.getCurrentUrl());
        screen.reviewWholePage("07-status");

        // Nothing personal in the address or the browser's storage: the token, and the language as a cookie.
        String url = driver.getCurrentUrl();
        assertFalse(url.contains(phone.digits().substring(3)) || url.contains(cardNumber) || url.contains(number), url);
        assertEquals(List.of("token"), screen.storage().get("session"));
        assertEquals(List.of(), screen.storage().get("local"));

        // In English, remembered for the next visit; the server's words follow.
        new Select(labelled(screen, "语言 (Language)")).selectByVisibleText("English");
        screen.waitForHeading("Application status").waitForText("Decision expected by");
        driver.navigate().refresh();
        screen.waitForLanguage();
        screen.waitForHeading("Application status");
        assertTrue(String.valueOf(screen.storage().get("cookies")).contains("lang=en"));
        screen.reviewWholePage("08-status-english");
        new Select(labelled(screen, "Language (语言)")).selectByVisibleText("繁體中文");
        screen.waitForHeading("申請進度");
        screen.reviewWholePage("09-status-traditional");
        // The account keeps the choice too (SMS sent later are written in it), so another phone opens in it.
        String holderToken =
                (String) ((JavascriptExecutor) driver).executeScript("return window.sessionStorage.getItem('token');");
        Api holderApi = new Api(deployment);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String accountLanguage = "";
        while (!"zh-Hant".equals(accountLanguage) && System.nanoTime() < until) {
            accountLanguage =
                    holderApi.get("api/v1/me", holderToken).expect(200).json().getString("language", "");
        }
        assertEquals("zh-Hant", accountLanguage);
        new Select(labelled(screen, "語言 (Language)")).selectByVisibleText("简体中文");
        screen.waitForHeading("申请进度");

        // A reviewer asks for the face photo again: exactly that photo is offered, then consent and 提交 once more.
        String applicationId = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
        Api api = new Api(deployment);
        String reviewer = new OnlineFlow(deployment).reviewer(api.adminToken());
        api.post("api/v1/review/applications/" + applicationId + "/claim", "", reviewer)
                .expect(200);
        api.post(
                        "api/v1/review/applications/" + applicationId + "/decision",
                        "{\"decision\":\"REQUEST_REUPLOAD\",\"photos\":[\"FACE\"]}",
                        reviewer)
                .expect(200);
        driver.navigate().refresh();
        screen.waitForLanguage();
        screen.waitForHeading("实名认证申请").waitForText("请重新上传：本人照片。");
        assertEquals(
                List.of("本人照片"),
                driver.findElements(By.cssSelector("article.photo h3")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertFalse(screen.text().contains("第二步"), "the declared identity stands; only the photo is asked for");
        screen.click("提交");
        screen.waitForText("还不能提交");
        assertTrue(driver.switchTo().activeElement().getText().contains("请重新上传：本人照片"));
        String again = upload(screen, "本人照片", file("face-again", TestImages.portrait()));
        assertTrue(again.contains("照片合格"), again);
        screen.tick("我已阅读并同意以上授权");
        screen.reviewWholePage("12-reupload");
        screen.click("提交");
        screen.waitForHeading("申请进度").waitForText("已提交");
        assertFalse(
                screen.text().contains(zh(Reason.PHOTO_UNCLEAR)), "the answered request's reason is not shown as open");

        // Also fine on a desktop: one readable column in the middle.
        Chrome.resize(driver, Viewport.SMALL_DESKTOP);
        screen.reviewWholePage("13-status-desktop");
        screen.assertNoBrowserErrors();
    }

    @Test
    void theSmallestPhoneShowsTheSignInAndTheResetWithoutSideways(ChromeDriver driver) {
        Screen screen = phone(driver, Viewport.SMALL_PHONE);
        screen.clickLink("忘记密码");
        screen.waitForHeading("忘记密码");
        screen.field("手机号");
        screen.field("验证码");
        screen.field("新密码");
        screen.button("获取验证码");
        assertEquals(
                360L,
                screen.script("return document.documentElement.scrollWidth"),
                "nothing sticks out sideways on a 360 px phone");
        screen.click("设置新密码");
        assertEquals(screen.field("手机号"), driver.switchTo().activeElement());
        screen.waitForText("请填写手机号。");
        screen.reviewWholePage("10-reset-small-phone");

        // A wrong password is refused in words, the password emptied and the focus kept on the form.
        screen.clickLink("已有账号？登录");
        screen.waitForHeading("登录");
        screen.type("手机号", Phone.fresh().spelled()).type("密码", "Not-the-password-1");
        screen.click("登录");
        String refusal = screen.alert();
        assertTrue(refusal.contains(zh(Reason.INVALID_CREDENTIALS)), refusal);
        assertEquals("", screen.field("密码").getAttribute("value"));
        screen.reviewWholePage("11-sign-in-refused");
        screen.assertNoBrowserErrors();
    }
}
