package org.wenping.ops.dossier;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable page escapes every text it shows and carries no script. */
class DossierPageTest {

    @Test
    void everyTextIsEscapedAndThePageHasNoScript() {
        PrintedDossier dossier = new PrintedDossier("卷宗 <script>alert('x')</script>",
                List.of(new PrintedDossier.Fact("事项名称", "敦煌 & \"机场\" <b>")),
                List.of(new PrintedDossier.Step(0, 1, "2026-11-30T03:00:00Z", "2026-11-30", "张三(评估责任主体,<i>)",
                        "立项 <img src=x onerror=alert(1)>", "R9", "ab".repeat(32))),
                List.of("R1 不评估不决策:<script>"));
        FourPropertiesReport report = FourPropertiesReport.of("m-1", Instant.EPOCH, List.of(
                new FourPropertiesReport.Item(FourPropertiesReport.Property.SECURITY, "读取留痕",
                        FourPropertiesReport.Result.NOT_CHECKED, "访问日志尚未建成 <x>")));

        String page = DossierPage.render("m-1", dossier, Instant.EPOCH, report);

        assertThat(page).doesNotContain("<script", "<img", "<b>", "<i>", "<x>")
                .contains("卷宗 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "敦煌 &amp; &quot;机场&quot; &lt;b&gt;",
                        "ab".repeat(32), "四性检测", "未检测", "安全性");
        assertThat(report.passed()).isFalse();
    }
}
