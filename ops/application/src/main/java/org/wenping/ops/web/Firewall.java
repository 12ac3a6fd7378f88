package org.wenping.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.Collections;

/**
 * Spring Security's strict firewall, made to judge every header as the request arrives rather than when some
 * handler first reads it (which turned one bad byte into a 500 deep inside a controller), and its refusals
 * rendered as problem+json: 400 {@code REQUEST_REJECTED}, naming the header at fault.
 */
@Configuration(proxyBeanMethods = false)
class Firewall {
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall strict = new StrictHttpFirewall();
        return new HttpFirewall() {
            @Override
            public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
                FirewalledRequest firewalled = strict.getFirewalledRequest(request);
                for (String name : Collections.list(firewalled.getHeaderNames())) {
                    try {
                        Collections.list(firewalled.getHeaders(name));
                    } catch (RequestRejectedException e) {
                        throw new RejectedHeaderException(name);
                    }
                }
                return firewalled;
            }

            @Override
            public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
                return strict.getFirewalledResponse(response);
            }
        };
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, e) -> problems.write(request, response, rejected(e));
    }

    static ProblemDetail rejected(RequestRejectedException e) {
        if (e instanceof RejectedHeaderException header) {
            return Problems.of(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED", header.name,
                    "请求头“" + header.name + "”含不允许的字符(控制字符或非 ASCII 字节)");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED", null,
                "请求地址或参数含不允许的字符或片段(如 //、;、%25、..)");
    }

    /** A header whose name or value the firewall refuses. */
    private static final class RejectedHeaderException extends RequestRejectedException {
        private final String name;

        RejectedHeaderException(String name) {
            super("header rejected: " + name);
            this.name = name;
        }
    }
}
