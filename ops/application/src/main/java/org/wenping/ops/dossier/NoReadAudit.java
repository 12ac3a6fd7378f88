package org.wenping.ops.dossier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Optional;

/** Until an access log exists, 安全性 is reported as not checked, with the reason. */
@Configuration(proxyBeanMethods = false)
class NoReadAudit {

    @Bean
    @ConditionalOnMissingBean(ReadAudit.class)
    ReadAudit readAudit() {
        return new ReadAudit() {
            @Override
            public Optional<List<String>> problems(String recordId) {
                return Optional.empty();
            }

            @Override
            public String notCheckedReason() {
                return "访问日志(读取留痕)尚未建成,无法确认对本记录的每次读取均已留痕且经授权";
            }
        };
    }
}
